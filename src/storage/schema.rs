//! Diesel table definitions, shared by both backends (the migrations keep the column types identical).

diesel::table! {
    agencies (id) {
        id -> Integer,
        code -> Text,
        name_vi -> Text,
        name_en -> Text,
        kind -> Text,
        parent_id -> Nullable<Integer>,
        sort_key -> Binary,
    }
}

diesel::table! {
    themes (code) {
        code -> Text,
        label_vi -> Text,
        label_en -> Text,
    }
}

diesel::table! {
    datasets (id) {
        id -> Integer,
        identifier -> Text,
        title -> Text,
        title_sort -> Binary,
        description -> Text,
        keywords -> Text,
        owner_id -> Integer,
        custodian_id -> Nullable<Integer>,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        sharing_scope -> Text,
        importance -> Text,
        personal_data -> Text,
        legal_basis -> Text,
        channels -> Text,
        licence -> Text,
        update_frequency -> Text,
        temporal_start -> Nullable<Date>,
        temporal_end -> Nullable<Date>,
        spatial -> Text,
        issued -> Nullable<Date>,
        modified -> Nullable<Date>,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        content_hash -> BigInt,
        revision -> Integer,
    }
}

diesel::table! {
    dataset_list_hashes (dataset_id) {
        dataset_id -> Integer,
        fields_hash -> BigInt,
        distributions_hash -> BigInt,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> Integer,
        name -> Text,
        token_hash -> Text,
        role -> Text,
        agency_id -> Nullable<Integer>,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
        user_id -> Nullable<Integer>,
    }
}

diesel::table! {
    dataset_themes (dataset_id, theme) {
        dataset_id -> Integer,
        theme -> Text,
    }
}

diesel::table! {
    schema_fields (id) {
        id -> Integer,
        dataset_id -> Integer,
        ordinal -> Integer,
        name -> Text,
        title -> Text,
        field_type -> Text,
        unit -> Text,
        required -> Bool,
        is_key -> Bool,
        personal_data -> Text,
        description -> Text,
        example -> Text,
    }
}

diesel::table! {
    distributions (id) {
        id -> Integer,
        dataset_id -> Integer,
        ordinal -> Integer,
        title -> Text,
        format -> Text,
        media_type -> Text,
        url -> Text,
        byte_size -> Nullable<BigInt>,
        channel -> Text,
    }
}

diesel::table! {
    access_rules (id) {
        id -> Integer,
        dataset_id -> Integer,
        ordinal -> Integer,
        audience -> Text,
        default_sharing -> Bool,
        conditions -> Text,
        legal_basis -> Text,
        approving_agency_id -> Nullable<Integer>,
        response_days -> Integer,
    }
}

diesel::joinable!(dataset_themes -> datasets (dataset_id));
diesel::joinable!(schema_fields -> datasets (dataset_id));
diesel::joinable!(distributions -> datasets (dataset_id));
diesel::joinable!(access_rules -> datasets (dataset_id));

diesel::allow_tables_to_appear_in_same_query!(
    access_requests,
    outbox,
    dataset_list_hashes,
    api_tokens,
    agencies,
    themes,
    datasets,
    dataset_themes,
    schema_fields,
    distributions,
    access_rules,
    changes,
    users,
    audit_log,
    dataset_history,
);

diesel::table! {
    changes (seq) {
        seq -> BigInt,
        dataset_id -> Integer,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        role -> Text,
        agency_id -> Nullable<Integer>,
        disabled -> Bool,
        session_epoch -> Integer,
        created_at -> Timestamp,
        last_login_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor_id -> Nullable<Integer>,
        actor_label -> Text,
        agency_id -> Nullable<Integer>,
        action -> Text,
        subject -> Text,
        detail -> Text,
        address -> Text,
    }
}

diesel::table! {
    dataset_history (id) {
        id -> BigInt,
        dataset_id -> Integer,
        revision -> Integer,
        at -> Timestamp,
        actor_id -> Nullable<Integer>,
        actor_label -> Text,
        channel -> Text,
        diff -> Text,
    }
}

diesel::table! {
    access_requests (id) {
        id -> Integer,
        reference -> Text,
        dataset_id -> Integer,
        requester_id -> Integer,
        requester_agency_id -> Integer,
        answering_agency_id -> Integer,
        purpose -> Text,
        legal_basis -> Text,
        requested_columns -> Text,
        channel -> Text,
        period_start -> Date,
        period_end -> Date,
        contact_name -> Text,
        contact_email -> Text,
        contact_phone -> Text,
        status -> Text,
        submitted_at -> Timestamp,
        due_on -> Date,
        answered_at -> Nullable<Timestamp>,
        answered_by -> Nullable<Integer>,
        automatic -> Bool,
        approved_columns -> Text,
        conditions -> Text,
        refusal_reason -> Text,
        refusal_legal_basis -> Text,
        version -> Integer,
        overdue_notified -> Bool,
    }
}

diesel::table! {
    outbox (id) {
        id -> Integer,
        created_at -> Timestamp,
        request_id -> Nullable<Integer>,
        recipient_agency_id -> Nullable<Integer>,
        recipient_user_id -> Nullable<Integer>,
        kind -> Text,
        subject -> Text,
        body -> Text,
        delivered_at -> Nullable<Timestamp>,
        attempts -> Integer,
        last_error -> Text,
    }
}

diesel::joinable!(access_requests -> datasets (dataset_id));
