//! Stewards' dataset actions: the new-dataset and edit forms, saving them, moving a dataset through
//! its statuses (draft → published → retired), and the change history. Every write checks the CSRF
//! token and the writer's rights on the server, on the dataset as stored and as it would become.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};

use crate::domain::{Status, UserRole, Viewer};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::dataset_write::{self, Actor, DatasetWrite, Saved};
use crate::storage::models::DatasetDetail;
use crate::storage::{datasets, history, DbConn, StorageError};
use crate::web::ctx::Account;
use crate::web::dataset_form::{self, Action, DatasetInput};
use crate::web::form::FormData;
use crate::web::pages::dataset_form::{agency_options, page, FormPage};
use crate::web::pages::dataset_history;
use crate::web::pages::forms::Errors;
use crate::web::{AppState, Ctx, WebError};

fn actor(account: &Account, ctx: &Ctx) -> Actor {
    Actor {
        id: Some(account.id),
        label: account.email.clone(),
        agency_id: account.agency_id,
        address: ctx.address().to_string(),
    }
}

fn see_other(to: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to))
        .finish()
}

/// After a write, the search follower catches up at once (in the background: the save does not
/// wait for the index's commit).
fn nudge_search(saved: &Saved, search: &crate::search::SearchIndex) {
    if matches!(saved, Saved::Created { .. } | Saved::Updated { .. }) {
        search.nudge();
    }
}

/// The writer behind this request, or the right refusal (login page, or 403 for officials).
fn writer<'a>(ctx: &'a Ctx, here: &str) -> Result<&'a Account, WebError> {
    let account = ctx.require_login(here)?;
    if account.role == UserRole::Official {
        return Err(ctx.forbidden());
    }
    Ok(account)
}

/// What a form page needs from the database: the agency tree, and the dataset when editing.
struct Loaded {
    tree: AgencyTree,
    current: Option<DatasetDetail>,
}

fn load(
    conn: &mut DbConn,
    identifier: Option<&str>,
    viewer: &Viewer,
) -> Result<Loaded, StorageError> {
    let tree = AgencyTree::new(agencies::all(conn)?);
    let current = match identifier {
        Some(id) => datasets::detail(conn, id, viewer)?,
        None => None,
    };
    Ok(Loaded { tree, current })
}

/// The form page with a status code (200 to show, 422 with errors, 409 on conflict).
fn render(
    ctx: &Ctx,
    status: StatusCode,
    loaded: &Loaded,
    editing: Option<&str>,
    input: &DatasetInput,
    errors: &Errors,
    conflict: Option<&[history::Entry]>,
) -> HttpResponse {
    let viewer = &ctx.viewer;
    let agencies = agency_options(&loaded.tree, &|id| viewer.can_use_agency(id), ctx.lang);
    let all_agencies = agency_options(&loaded.tree, &|_| true, ctx.lang);
    let current_status = loaded.current.as_ref().and_then(|d| d.dataset.status());
    let markup = page(
        &ctx.chrome(),
        &FormPage {
            editing,
            status: current_status,
            input,
            errors,
            agencies: &agencies,
            all_agencies: &all_agencies,
            conflict,
        },
    );
    let mut res = ctx.html(markup);
    *res.status_mut() = status;
    res
}

pub async fn new_form(ctx: Ctx, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let account = writer(&ctx, "/datasets/new")?;
    let viewer = ctx.viewer.clone();
    let loaded = state
        .db
        .run(move |conn| load(conn, None, &viewer))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    let owner = account
        .agency_id
        .and_then(|id| loaded.tree.get(id))
        .map(|a| a.code.clone())
        .unwrap_or_default();
    let input = DatasetInput::blank(&owner);
    Ok(render(
        &ctx,
        StatusCode::OK,
        &loaded,
        None,
        &input,
        &Errors::default(),
        None,
    ))
}

pub async fn edit_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    writer(&ctx, &format!("/datasets/{identifier}/edit"))?;
    let viewer = ctx.viewer.clone();
    let id = identifier.clone();
    let loaded = state
        .db
        .run(move |conn| load(conn, Some(&id), &viewer))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    // Writers get 403 for any dataset they may not change, whether it exists or not: the answer
    // tells nothing about drafts and internal datasets of other agencies.
    let Some(current) = &loaded.current else {
        return Err(ctx.forbidden());
    };
    if !ctx
        .viewer
        .can_edit(current.dataset.owner_id, current.dataset.custodian_id)
    {
        return Err(ctx.forbidden());
    }
    let input = DatasetInput::from_detail(current);
    Ok(render(
        &ctx,
        StatusCode::OK,
        &loaded,
        Some(&identifier),
        &input,
        &Errors::default(),
        None,
    ))
}

pub async fn create(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    submit(ctx, form, state, None).await
}

pub async fn update(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    submit(ctx, form, state, Some(identifier)).await
}

/// Both forms land here: editor actions redraw the form, saves validate and write.
async fn submit(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
    identifier: Option<String>,
) -> Result<HttpResponse, WebError> {
    let here = match &identifier {
        Some(id) => format!("/datasets/{id}/edit"),
        None => "/datasets/new".to_string(),
    };
    let account = writer(&ctx, &here)?.clone();
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let id = identifier.clone();
    let loaded = state
        .db
        .run(move |conn| load(conn, id.as_deref(), &viewer))
        .await
        .map_err(WebError::storage(lang))?;
    if let Some(current) = &loaded.current {
        if !ctx
            .viewer
            .can_edit(current.dataset.owner_id, current.dataset.custodian_id)
        {
            return Err(ctx.forbidden());
        }
    } else if identifier.is_some() {
        return Err(ctx.forbidden());
    }
    let mut input = DatasetInput::from_form(&form);
    let action = Action::parse(form.get("action"));
    if !action.saves() {
        input.apply(action);
        return Ok(render(
            &ctx,
            StatusCode::OK,
            &loaded,
            identifier.as_deref(),
            &input,
            &Errors::default(),
            None,
        ));
    }
    if let Some(id) = &identifier {
        input.set("identifier", id.clone());
    }
    let tree = &loaded.tree;
    let valid = match dataset_form::validate(&input, &|code| tree.by_code(code).is_some()) {
        Ok(v) => v,
        Err(errors) => {
            return Ok(render(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &loaded,
                identifier.as_deref(),
                &input,
                &errors,
                None,
            ))
        }
    };
    let agency_id = |code: &str| tree.by_code(code).map(|a| a.id);
    let (Some(owner_id), custodian_id) = (
        agency_id(&valid.row.owner),
        valid.row.custodian.as_deref().map(agency_id),
    ) else {
        return Err(WebError::bad_request(lang));
    };
    let custodian_id = custodian_id.flatten();
    // A steward may only give datasets to agencies of their own subtree: a post naming another
    // agency did not come from the form, which never offers it.
    if !ctx.viewer.can_use_agency(owner_id)
        || custodian_id.is_some_and(|c| !ctx.viewer.can_use_agency(c))
    {
        return Err(ctx.forbidden());
    }
    let current_status = loaded.current.as_ref().and_then(|d| d.dataset.status());
    let mut dataset = valid.row.dataset.clone();
    dataset.owner_id = owner_id;
    dataset.custodian_id = custodian_id;
    dataset.status = dataset_form::status_after(action, current_status)
        .code()
        .to_string();
    let write = DatasetWrite {
        dataset,
        owner_code: valid.row.owner.clone(),
        custodian_code: valid.row.custodian.clone(),
        themes: valid.row.themes.clone(),
        fields: valid.fields,
        distributions: valid.distributions,
        conditions: valid.conditions,
        response_days: valid.response_days,
        default_sharing: valid.default_sharing,
        approver_id: valid.approving_agency.as_deref().and_then(agency_id),
        approver_code: valid.approving_agency,
    };
    let saved_identifier = write.dataset.identifier.clone();
    let actor = actor(&account, &ctx);
    let viewer = ctx.viewer.clone();
    let base = input.revision;
    let id = identifier.clone();
    let saved = state
        .db
        .run(move |conn| {
            let saved = dataset_write::save(conn, id.as_deref(), base, write, &actor, &|o, c| {
                viewer.can_edit(o, c)
            })?;
            Ok(saved)
        })
        .await
        .map_err(WebError::storage(lang))?;
    nudge_search(&saved, &state.search);
    match saved {
        Saved::Created { .. } | Saved::Updated { .. } | Saved::Unchanged => {
            Ok(see_other(format!("/datasets/{saved_identifier}?saved=1")))
        }
        Saved::Conflict { current, since } => {
            input.revision = Some(current);
            Ok(render(
                &ctx,
                StatusCode::CONFLICT,
                &loaded,
                identifier.as_deref(),
                &input,
                &Errors::default(),
                Some(&since),
            ))
        }
        Saved::Taken => {
            let mut errors = Errors::default();
            errors.add(
                "identifier",
                format!("Mã định danh «{saved_identifier}» đã được dùng cho một bộ dữ liệu khác."),
                format!("The identifier “{saved_identifier}” is already used by another dataset."),
            );
            Ok(render(
                &ctx,
                StatusCode::UNPROCESSABLE_ENTITY,
                &loaded,
                None,
                &input,
                &errors,
                None,
            ))
        }
        Saved::Forbidden => Err(ctx.forbidden()),
        Saved::NotFound => Err(ctx.not_found()),
    }
}

/// `POST /datasets/{identifier}/status` with `to=published|retired|draft` and the revision.
pub async fn set_status(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    let account = writer(&ctx, &format!("/datasets/{identifier}"))?.clone();
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let Some(to) = form.get("to").and_then(Status::from_code) else {
        return Err(WebError::bad_request(lang));
    };
    let base = form.get("revision").and_then(|r| r.parse().ok());
    let actor = actor(&account, &ctx);
    let viewer = ctx.viewer.clone();
    let id = identifier.clone();
    let saved = state
        .db
        .run(move |conn| {
            // Someone who may not see the dataset learns nothing: the same 403 as for one they
            // see but may not change.
            if datasets::detail(conn, &id, &viewer)?.is_none() {
                return Ok(Saved::Forbidden);
            }
            let saved = dataset_write::set_status(conn, &id, base, to, &actor, &|o, c| {
                viewer.can_edit(o, c)
            })?;
            Ok(saved)
        })
        .await
        .map_err(WebError::storage(lang))?;
    nudge_search(&saved, &state.search);
    match saved {
        Saved::Updated { .. } | Saved::Unchanged | Saved::Created { .. } => {
            Ok(see_other(format!("/datasets/{identifier}?saved=1")))
        }
        Saved::Conflict { .. } => Ok(see_other(format!("/datasets/{identifier}?conflict=1"))),
        Saved::Forbidden | Saved::Taken => Err(ctx.forbidden()),
        Saved::NotFound => Err(ctx.not_found()),
    }
}

/// `GET /datasets/{identifier}/history`: for those who may see the dataset.
pub async fn history(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    let viewer = ctx.viewer.clone();
    let found = state
        .db
        .run(move |conn| {
            let Some(detail) = datasets::detail(conn, &identifier, &viewer)? else {
                return Ok(None);
            };
            let entries = history::of_dataset(conn, detail.dataset.id, None)?;
            Ok(Some((detail, entries)))
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    match found {
        Some((detail, entries)) => {
            Ok(ctx.html(dataset_history::page(&ctx.chrome(), &detail, &entries)))
        }
        None => Err(ctx.not_found()),
    }
}
