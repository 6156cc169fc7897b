/** Roles and permissions: who may do what, in one place. */
export * from './roles';
export * from './permissions';
