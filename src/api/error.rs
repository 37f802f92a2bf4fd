//! The API's error: a status and a JSON body `{"error": {"code", "message_vi", "message_en"}}`,
//! which the OpenAPI document names `Error`.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::storage::StorageError;

/// What went wrong, for programs (`code`) and for people (the messages).
#[derive(Debug, Clone, Serialize, ToSchema)]
#[schema(as = ErrorDetail)]
pub struct ApiError {
    #[serde(skip)]
    status: StatusCode,
    /// Stable, for programs: `not_found`, `unauthorized`, `bad_request`, …
    code: &'static str,
    message_vi: String,
    message_en: String,
}

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Error)]
pub struct ErrorBody {
    error: ApiError,
}

impl ApiError {
    pub fn new(
        status: StatusCode,
        code: &'static str,
        vi: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        ApiError {
            status,
            code,
            message_vi: vi.into(),
            message_en: en.into(),
        }
    }

    pub fn unauthorized() -> Self {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Cần mã truy cập API hợp lệ trong tiêu đề “Authorization: Bearer …”.",
            "A valid API token is required in the “Authorization: Bearer …” header.",
        )
    }

    pub fn bad_request(vi: impl Into<String>, en: impl Into<String>) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", vi, en)
    }

    pub fn storage(e: StorageError) -> Self {
        tracing::error!(error = %e, "API request failed");
        match e {
            StorageError::Unavailable(_) => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau.",
                "The database is temporarily unavailable; try again later.",
            ),
            _ => ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "Lỗi máy chủ; không có gì được ghi. Hãy thử lại hoặc báo cho quản trị viên.",
                "Server error; nothing was written. Try again or tell the administrator.",
            ),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.code, self.message_en)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let mut res = HttpResponse::build(self.status);
        if self.status == StatusCode::UNAUTHORIZED {
            res.insert_header(("WWW-Authenticate", "Bearer"));
        }
        res.json(ErrorBody {
            error: self.clone(),
        })
    }
}
