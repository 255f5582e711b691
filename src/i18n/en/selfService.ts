/** English texts of forgot password, reset password and the blocked-account notice (`hub.self_service.*`). */
export const selfService = {};
