/** English texts of the audit list (`resources.audit.*`, `hub.audit.*`). */
export const audit = {};
