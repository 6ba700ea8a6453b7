-- Key rotation must re-encrypt the history's free text. The history stays append-only for
-- everything else: an UPDATE is allowed only while the operator's rotation runs (a setting the
-- application never sets) and only when nothing but the ciphertext changes.
CREATE OR REPLACE FUNCTION signal_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('signaalroute.key_rotation', true) = 'on'
     AND (to_jsonb(NEW) - 'text_sealed') = (to_jsonb(OLD) - 'text_sealed') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'signal_events is append-only: add a correction instead' USING ERRCODE = 'insufficient_privilege';
END
$$;
