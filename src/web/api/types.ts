// Type-only re-exports of the shared domain shapes, so the web bundle never pulls in zod or the
// content schemas: these are erased at build time. The API's answers take their types from the
// response schemas the server validates and documents them with.
export type { Language } from '../../domain/content/localized';
export type { KnowledgeView, PartnerView, RegionView, RouteMapSummary } from '../../domain/content/content';
export type { CompiledRouteMap, Contact } from '../../domain/routemap/compiled';
export type { Municipality } from '../../domain/regions/schema';
export type { Role } from '../../domain/access/roles';
export type {
  ActivationLink,
  LoginResponse as LoginResult,
  SecondFactorConfirmation as EnrolmentConfirmation,
  SecondFactorEnrolment as Enrolment,
  PasswordChangeResponse,
  SecondFactorResponse,
  Session as SessionState,
  SessionStage,
  SessionUser,
  SsoProvider,
  User as ManagedUser,
} from '../../domain/access/views';
export type { AuditEvent, AuditPage } from '../../domain/audit/views';
export type { InstanceInfo } from '../../domain/instance/views';

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
