import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_patients_status" AS ENUM('active', 'archived');
  CREATE TYPE "public"."enum_patient_links_stop_reason" AS ENUM('stopped-by-staff', 'patient-changed', 'patient-archived', 'patient-erased');
  CREATE TYPE "public"."enum_audit_events_role" AS ENUM('admin', 'clinician', 'editor');
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('read', 'list', 'create', 'update', 'delete', 'send', 'link-stop', 'link-renew', 'archive', 'erase', 'sign-in', 'sign-in-failed', 'locked-out', 'sign-in-while-locked', 'export');
  CREATE TYPE "public"."enum_audit_events_collection" AS ENUM('patients', 'programs', 'deliveries', 'patient-links', 'users', 'audit-events');
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" numeric,
  	"role" "enum_audit_events_role",
  	"action" "enum_audit_events_action" NOT NULL,
  	"collection" "enum_audit_events_collection" NOT NULL,
  	"record_ids" jsonb,
  	"network" varchar
  );
  
  DROP INDEX "patient_links_program_idx";
  ALTER TABLE "patients" ADD COLUMN "status" "enum_patients_status" DEFAULT 'active';
  ALTER TABLE "patients" ADD COLUMN "archived_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "archived_by_id" integer;
  ALTER TABLE "patients" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "patients" ADD COLUMN "erased_by_id" integer;
  ALTER TABLE "programs" ADD COLUMN "list_title" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "erased_at" timestamp(3) with time zone;
  ALTER TABLE "patient_links" ADD COLUMN "patient_id" integer;
  ALTER TABLE "patient_links" ADD COLUMN "token_format" numeric DEFAULT 2;
  ALTER TABLE "patient_links" ADD COLUMN "stop_reason" "enum_patient_links_stop_reason";
  ALTER TABLE "users" ADD COLUMN "totp_enabled" boolean DEFAULT false;
  ALTER TABLE "users" ADD COLUMN "totp_secret" varchar;
  ALTER TABLE "users" ADD COLUMN "totp_last_step" numeric;
  ALTER TABLE "users" ADD COLUMN "totp_recovery_codes" jsonb;
  CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");
  CREATE INDEX "audit_events_user_id_idx" ON "audit_events" USING btree ("user_id");
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  ALTER TABLE "patients" ADD CONSTRAINT "patients_archived_by_id_users_id_fk" FOREIGN KEY ("archived_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patients" ADD CONSTRAINT "patients_erased_by_id_users_id_fk" FOREIGN KEY ("erased_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_links" ADD CONSTRAINT "patient_links_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "patients_status_idx" ON "patients" USING btree ("status");
  CREATE INDEX "patients_archived_by_idx" ON "patients" USING btree ("archived_by_id");
  CREATE INDEX "patients_erased_by_idx" ON "patients" USING btree ("erased_by_id");
  CREATE INDEX "patient_links_patient_idx" ON "patient_links" USING btree ("patient_id");
  CREATE UNIQUE INDEX "program_patient_idx" ON "patient_links" USING btree ("program_id","patient_id");
  CREATE INDEX "patient_links_program_idx" ON "patient_links" USING btree ("program_id");`)

  // Links made before links named a patient belong to the patient their last delivery was sent
  // to (else the program's), and keep their old token format until they are renewed.
  await db.execute(sql`
  UPDATE "patient_links" AS l SET "token_format" = 1,
    "patient_id" = COALESCE(
      (SELECT d."patient_id" FROM "deliveries" d WHERE d."id" = l."delivery_id"),
      (SELECT p."patient_id" FROM "programs" p WHERE p."id" = l."program_id"));
  DELETE FROM "patient_links" WHERE "patient_id" IS NULL;
  ALTER TABLE "patient_links" ALTER COLUMN "patient_id" SET NOT NULL;`)

  // A program already moved between patients has sent one link to both: it stops, and the next
  // send makes the current patient a link of their own.
  await db.execute(sql`
  UPDATE "patient_links" AS l SET "state" = 'stopped', "stop_reason" = 'patient-changed',
    "stopped_at" = now()
    WHERE l."state" = 'active' AND (
      EXISTS (SELECT 1 FROM "deliveries" d WHERE d."program_id" = l."program_id"
        AND d."patient_id" <> l."patient_id")
      OR EXISTS (SELECT 1 FROM "programs" p WHERE p."id" = l."program_id"
        AND p."patient_id" <> l."patient_id"));`)

  // A title filled once from the patient ("Home program for <name>") is now made when sending:
  // cleared, so a program moved to another patient never carries the first one's name.
  await db.execute(sql`
  UPDATE "programs" AS p SET "title" = NULL
    WHERE EXISTS (SELECT 1 FROM "patients" pa
      WHERE p."title" = 'Home program for ' || trim(pa."name")
        AND (pa."id" = p."patient_id" OR pa."id" IN
          (SELECT d."patient_id" FROM "deliveries" d WHERE d."program_id" = p."id")));
  UPDATE "programs" AS p SET "list_title" = COALESCE(NULLIF(trim(p."title"), ''), 'Home program for ' || trim(pa."name"))
    FROM "patients" pa
    WHERE pa."id" = p."patient_id";
  UPDATE "patients" SET "status" = 'active' WHERE "status" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_events" CASCADE;
  ALTER TABLE "patients" DROP CONSTRAINT "patients_archived_by_id_users_id_fk";
  
  ALTER TABLE "patients" DROP CONSTRAINT "patients_erased_by_id_users_id_fk";
  
  ALTER TABLE "patient_links" DROP CONSTRAINT "patient_links_patient_id_patients_id_fk";
  
  DROP INDEX "patients_status_idx";
  DROP INDEX "patients_archived_by_idx";
  DROP INDEX "patients_erased_by_idx";
  DROP INDEX "patient_links_patient_idx";
  DROP INDEX "program_patient_idx";
  DROP INDEX "patient_links_program_idx";
  CREATE UNIQUE INDEX "patient_links_program_idx" ON "patient_links" USING btree ("program_id");
  ALTER TABLE "patients" DROP COLUMN "status";
  ALTER TABLE "patients" DROP COLUMN "archived_at";
  ALTER TABLE "patients" DROP COLUMN "archived_by_id";
  ALTER TABLE "patients" DROP COLUMN "erased_at";
  ALTER TABLE "patients" DROP COLUMN "erased_by_id";
  ALTER TABLE "programs" DROP COLUMN "list_title";
  ALTER TABLE "deliveries" DROP COLUMN "erased_at";
  ALTER TABLE "patient_links" DROP COLUMN "patient_id";
  ALTER TABLE "patient_links" DROP COLUMN "token_format";
  ALTER TABLE "patient_links" DROP COLUMN "stop_reason";
  ALTER TABLE "users" DROP COLUMN "totp_enabled";
  ALTER TABLE "users" DROP COLUMN "totp_secret";
  ALTER TABLE "users" DROP COLUMN "totp_last_step";
  ALTER TABLE "users" DROP COLUMN "totp_recovery_codes";
  DROP TYPE "public"."enum_patients_status";
  DROP TYPE "public"."enum_patient_links_stop_reason";
  DROP TYPE "public"."enum_audit_events_role";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_audit_events_collection";`)
}
