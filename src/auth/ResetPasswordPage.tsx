/** "Set a new password" from the link in a reset mail: `/#/reset-password?token=…`. */
export function ResetPasswordPage() {
  return null;
}
