import type { Role } from '../../domain/access/roles';

// Type-only re-exports of the shared domain shapes, so the web bundle never pulls in zod or the
// content schemas: these are erased at build time.
export type { Language } from '../../domain/content/localized';
export type { KnowledgeView, PartnerView, RegionView, RouteMapSummary } from '../../domain/content/content';
export type { CompiledRouteMap, Contact } from '../../domain/routemap/compiled';
export type { Municipality } from '../../domain/regions/schema';
export type { Role } from '../../domain/access/roles';

/** The subset of an OpenAPI 3.1 document the API reference page renders. */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation | unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

export interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: unknown;
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { description?: string; required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}


/** How far the login is (GET /api/v1/auth/session). */
export type SessionStage = 'none' | 'ok' | 'second-factor' | 'enrol-second-factor';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  /** CBS code of the user's municipality. */
  municipality: string | null;
  region: string | null;
  secondFactor: boolean;
}

export interface SessionState {
  user: SessionUser | null;
  csrfToken: string | null;
  stage: SessionStage;
}

export interface LoginResult {
  status: 'ok' | 'second-factor' | 'enrol-second-factor';
  csrfToken: string;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export interface EnrolmentConfirmation {
  recoveryCodes: string[];
  csrfToken: string;
}

export interface SsoProvider {
  municipality: string;
  label: string;
}

export interface InstanceInfo {
  mode: 'production' | 'demo';
}

/** A user as the beheerder sees them (GET /api/v1/users). */
export interface ManagedUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active: boolean;
  secondFactor: boolean;
  hasPassword: boolean;
  createdAt: string;
}

export interface ActivationLink {
  userId: string;
  activationLink: string;
  expiresAt: string;
}

export interface AuditEvent {
  id: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actor: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  result: string;
  origin: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEvent[];
  nextBefore: number | null;
}
