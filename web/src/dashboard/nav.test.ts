/**
 * The header shows each role the screens it may use, computed from the server's own permission
 * table: a translator sees the workbench, a moderator review, a dispatcher the console, and so on.
 */
import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../server/policies/permissions';
import { ROLES, type Role } from '../../../server/policies/roles';
import { navFor, opens, SCREEN_PERMISSIONS } from './nav';

const links = (...roles: Role[]) => navFor(permissionsOf({ roles })).map((item) => item.key);

describe('dashboard navigation', () => {
  it('shows each role exactly the screens it may use', () => {
    expect(links('translator')).toEqual(['home', 'workbench', 'replies']);
    expect(links('moderator')).toEqual(['home', 'moderation', 'replies', 'stats']);
    expect(links('dispatcher')).toEqual(['home', 'replies', 'dispatch', 'lost', 'stats']);
    expect(links('coordinator')).toEqual([
      'home',
      'dispatch',
      'lost',
      'prisoners',
      'facilities',
      'import',
      'stats',
    ]);
    expect(links('admin')).toEqual(['home', 'dispatch', 'stats', 'audit', 'users', 'settings']);
    expect(links('moderator', 'admin', 'coordinator')).toEqual([
      'home',
      'moderation',
      'replies',
      'dispatch',
      'lost',
      'prisoners',
      'facilities',
      'import',
      'stats',
      'audit',
      'users',
      'settings',
    ]);
  });

  it('names only permissions the server knows, and every role reaches a home', () => {
    const known = new Set(permissionsOf({ roles: [...ROLES] }));
    for (const list of Object.values(SCREEN_PERMISSIONS)) for (const p of list) expect(known).toContain(p);
    for (const role of ROLES)
      expect(opens(permissionsOf({ roles: [role] }), SCREEN_PERMISSIONS.home)).toBe(true);
  });
});
