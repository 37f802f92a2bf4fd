DROP TABLE outbox;
DROP TABLE access_requests;
