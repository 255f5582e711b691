/** Shared by the authProvider and the mock Hub API, so what the UI offers and the API allows agree. */
export const roles = ['beheerder', 'relatiebeheerder', 'medewerker', 'klant'] as const;
export type Role = (typeof roles)[number];

export const staffRoles: readonly Role[] = ['beheerder', 'relatiebeheerder', 'medewerker'];

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'read' | 'preview';

export type AccessResource = 'contacts' | 'accounts' | 'organizations' | 'audit' | 'portal';

const rules: Record<AccessResource, Partial<Record<Action, readonly Role[]>>> = {
  contacts: {
    list: staffRoles,
    show: staffRoles,
    export: staffRoles,
    create: ['beheerder', 'relatiebeheerder'],
    edit: ['beheerder', 'relatiebeheerder'],
  },
  accounts: {
    create: ['beheerder', 'relatiebeheerder'],
    edit: ['beheerder', 'relatiebeheerder'],
    show: ['beheerder', 'relatiebeheerder'],
    preview: ['beheerder', 'relatiebeheerder'],
  },
  audit: {
    list: ['beheerder'],
    export: ['beheerder'],
  },
  organizations: {
    list: staffRoles,
    show: staffRoles,
  },
  portal: {
    read: ['klant'],
  },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function isStaff(role: Role): boolean {
  return staffRoles.includes(role);
}

export function canAccess(role: Role | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  const allowed = rules[resource as AccessResource]?.[action as Action];
  return allowed?.includes(role) ?? false;
}
