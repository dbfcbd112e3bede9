// Danish names of the roles, for pickers and headers (kept free of schemas so a first screen can use it cheaply).
import type { Role } from './user';

export const ROLE_LABELS: Record<Role, string> = {
  caseworker: 'Sagsbehandler',
  negotiator: 'Forhandler',
  procurement: 'Indkøb',
  finance: 'Økonomi',
  manager: 'Leder',
  admin: 'Administrator',
};
