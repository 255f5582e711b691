/** Where the bare react-admin app finds its staff token: the bench stores it before the page loads. */
export const BASELINE_TOKEN_KEY = 'baseline.token';
