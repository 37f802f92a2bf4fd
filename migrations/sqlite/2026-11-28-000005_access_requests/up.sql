-- Requests for access to shared datasets between agencies (Decree 47/2020 as amended by Decree
-- 194/2025): who asked, for what, by when the owner must answer (due_on, in working days), and the
-- answer. status: pending → approved | refused, or pending → withdrawn. version guards concurrent
-- answers: an answer names the version it saw.
CREATE TABLE access_requests (
    id INTEGER PRIMARY KEY NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    requester_id INTEGER NOT NULL REFERENCES users(id),
    requester_agency_id INTEGER NOT NULL REFERENCES agencies(id),
    answering_agency_id INTEGER NOT NULL REFERENCES agencies(id),
    purpose TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    requested_columns TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    due_on DATE NOT NULL,
    answered_at TIMESTAMP,
    answered_by INTEGER REFERENCES users(id),
    automatic BOOLEAN NOT NULL DEFAULT FALSE,
    approved_columns TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    refusal_reason TEXT NOT NULL DEFAULT '',
    refusal_legal_basis TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX access_requests_answering ON access_requests(answering_agency_id, status, due_on);
CREATE INDEX access_requests_requester ON access_requests(requester_agency_id, submitted_at);
CREATE INDEX access_requests_dataset ON access_requests(dataset_id);

-- Messages waiting for a mail gateway: written in the transaction of the step they announce, so
-- none is lost; a gateway marks them delivered (or records the failure and tries again).
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY NOT NULL,
    created_at TIMESTAMP NOT NULL,
    request_id INTEGER REFERENCES access_requests(id) ON DELETE CASCADE,
    recipient_agency_id INTEGER REFERENCES agencies(id),
    recipient_user_id INTEGER REFERENCES users(id),
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    delivered_at TIMESTAMP,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox(delivered_at, id);
CREATE INDEX outbox_agency ON outbox(recipient_agency_id, id);
CREATE INDEX outbox_user ON outbox(recipient_user_id, id);
