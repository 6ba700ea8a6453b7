-- Tables that belong to a user (sessions, recovery codes, activation links) follow the user's
-- municipality: the application role sees and changes only rows of users it can see, and users
-- are limited by row-level security to the transaction's municipality (see 0002). So a beheerder's
-- transaction can revoke sessions or clear recovery codes of its own users, and of no one else.
-- The schema owner (asSystem: login, resolving a session cookie) is not limited.
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, recovery_codes, activation_tokens TO signaalroute_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE recovery_codes_id_seq TO signaalroute_app;
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON sessions
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = sessions.user_id))
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = sessions.user_id));
--> statement-breakpoint
ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON recovery_codes
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = recovery_codes.user_id))
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = recovery_codes.user_id));
--> statement-breakpoint
ALTER TABLE activation_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON activation_tokens
  USING (EXISTS (SELECT 1 FROM users u WHERE u.id = activation_tokens.user_id))
  WITH CHECK (EXISTS (SELECT 1 FROM users u WHERE u.id = activation_tokens.user_id));
--> statement-breakpoint
-- Failed login attempts are counted per hashed login name and per hashed client address, before
-- anyone is logged in and independent of any municipality: not a tenant table. The application role
-- records a failed second-factor code inside the tenant transaction of the user.
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO signaalroute_app;
