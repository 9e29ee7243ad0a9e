import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_programs_practice_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_reminder_preferences_quiet_days" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_reminder_sends_kind" AS ENUM('session');
  CREATE TYPE "public"."enum_reminder_sends_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'unconfirmed');
  CREATE TYPE "public"."enum_alerts_rule" AS ENUM('pain-high', 'pain-rise', 'no-log', 'adherence-drop');
  CREATE TYPE "public"."enum_alerts_severity" AS ENUM('urgent', 'high', 'low');
  ALTER TYPE "public"."enum_audit_events_collection" ADD VALUE 'reminder-preferences' BEFORE 'users';
  ALTER TYPE "public"."enum_audit_events_collection" ADD VALUE 'session-logs' BEFORE 'users';
  ALTER TYPE "public"."enum_audit_events_collection" ADD VALUE 'alerts' BEFORE 'users';
  ALTER TYPE "public"."enum_audit_events_collection" ADD VALUE 'reminder-sends' BEFORE 'users';
  CREATE TABLE "programs_practice_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_programs_practice_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reminder_preferences_quiet_days" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_reminder_preferences_quiet_days",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "reminder_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"email" boolean DEFAULT false,
  	"time" varchar DEFAULT '18:00' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reminder_sends" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"kind" "enum_reminder_sends_kind" NOT NULL,
  	"status" "enum_reminder_sends_status" NOT NULL,
  	"due_at" timestamp(3) with time zone NOT NULL,
  	"claimed_by" varchar,
  	"claimed_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "session_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"routine_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"pain" numeric,
  	"comment" varchar,
  	"logged_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"clinician_id" integer NOT NULL,
  	"rule" "enum_alerts_rule" NOT NULL,
  	"severity" "enum_alerts_severity" NOT NULL,
  	"message" varchar NOT NULL,
  	"event_key" varchar NOT NULL,
  	"raised_at" timestamp(3) with time zone NOT NULL,
  	"seen_at" timestamp(3) with time zone,
  	"seen_by_id" integer,
  	"email_batch" varchar,
  	"email_claimed_at" timestamp(3) with time zone,
  	"emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "patients" ADD COLUMN "time_zone" varchar;
  ALTER TABLE "clinic_settings" ADD COLUMN "time_zone" varchar DEFAULT 'Europe/London' NOT NULL;
  ALTER TABLE "clinic_settings" ADD COLUMN "adherence_alerts_pain_urgent_at" numeric DEFAULT 7;
  ALTER TABLE "clinic_settings" ADD COLUMN "adherence_alerts_pain_rise_by" numeric DEFAULT 2;
  ALTER TABLE "clinic_settings" ADD COLUMN "adherence_alerts_no_log_days" numeric DEFAULT 4;
  ALTER TABLE "clinic_settings" ADD COLUMN "adherence_alerts_adherence_drop_points" numeric DEFAULT 20;
  ALTER TABLE "programs_practice_days" ADD CONSTRAINT "programs_practice_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reminder_preferences_quiet_days" ADD CONSTRAINT "reminder_preferences_quiet_days_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reminder_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reminder_sends" ADD CONSTRAINT "reminder_sends_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "session_logs" ADD CONSTRAINT "session_logs_routine_id_routines_id_fk" FOREIGN KEY ("routine_id") REFERENCES "public"."routines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_seen_by_id_users_id_fk" FOREIGN KEY ("seen_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "programs_practice_days_order_idx" ON "programs_practice_days" USING btree ("order");
  CREATE INDEX "programs_practice_days_parent_idx" ON "programs_practice_days" USING btree ("parent_id");
  CREATE INDEX "reminder_preferences_quiet_days_order_idx" ON "reminder_preferences_quiet_days" USING btree ("order");
  CREATE INDEX "reminder_preferences_quiet_days_parent_idx" ON "reminder_preferences_quiet_days" USING btree ("parent_id");
  CREATE INDEX "reminder_preferences_program_idx" ON "reminder_preferences" USING btree ("program_id");
  CREATE INDEX "reminder_preferences_patient_idx" ON "reminder_preferences" USING btree ("patient_id");
  CREATE INDEX "reminder_preferences_updated_at_idx" ON "reminder_preferences" USING btree ("updated_at");
  CREATE INDEX "reminder_preferences_created_at_idx" ON "reminder_preferences" USING btree ("created_at");
  CREATE UNIQUE INDEX "program_patient_1_idx" ON "reminder_preferences" USING btree ("program_id","patient_id");
  CREATE INDEX "reminder_sends_program_idx" ON "reminder_sends" USING btree ("program_id");
  CREATE INDEX "reminder_sends_patient_idx" ON "reminder_sends" USING btree ("patient_id");
  CREATE INDEX "reminder_sends_status_idx" ON "reminder_sends" USING btree ("status");
  CREATE INDEX "reminder_sends_updated_at_idx" ON "reminder_sends" USING btree ("updated_at");
  CREATE INDEX "reminder_sends_created_at_idx" ON "reminder_sends" USING btree ("created_at");
  CREATE UNIQUE INDEX "program_patient_day_kind_idx" ON "reminder_sends" USING btree ("program_id","patient_id","day","kind");
  CREATE INDEX "session_logs_program_idx" ON "session_logs" USING btree ("program_id");
  CREATE INDEX "session_logs_patient_idx" ON "session_logs" USING btree ("patient_id");
  CREATE INDEX "session_logs_routine_idx" ON "session_logs" USING btree ("routine_id");
  CREATE INDEX "session_logs_day_idx" ON "session_logs" USING btree ("day");
  CREATE INDEX "session_logs_updated_at_idx" ON "session_logs" USING btree ("updated_at");
  CREATE INDEX "session_logs_created_at_idx" ON "session_logs" USING btree ("created_at");
  CREATE UNIQUE INDEX "program_routine_day_idx" ON "session_logs" USING btree ("program_id","routine_id","day");
  CREATE INDEX "alerts_program_idx" ON "alerts" USING btree ("program_id");
  CREATE INDEX "alerts_patient_idx" ON "alerts" USING btree ("patient_id");
  CREATE INDEX "alerts_clinician_idx" ON "alerts" USING btree ("clinician_id");
  CREATE UNIQUE INDEX "alerts_event_key_idx" ON "alerts" USING btree ("event_key");
  CREATE INDEX "alerts_raised_at_idx" ON "alerts" USING btree ("raised_at");
  CREATE INDEX "alerts_seen_by_idx" ON "alerts" USING btree ("seen_by_id");
  CREATE INDEX "alerts_email_batch_idx" ON "alerts" USING btree ("email_batch");
  CREATE INDEX "alerts_updated_at_idx" ON "alerts" USING btree ("updated_at");
  CREATE INDEX "alerts_created_at_idx" ON "alerts" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "programs_practice_days" CASCADE;
  DROP TABLE "reminder_preferences_quiet_days" CASCADE;
  DROP TABLE "reminder_preferences" CASCADE;
  DROP TABLE "reminder_sends" CASCADE;
  DROP TABLE "session_logs" CASCADE;
  DROP TABLE "alerts" CASCADE;
  ALTER TABLE "audit_events" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_collection";
  CREATE TYPE "public"."enum_audit_events_collection" AS ENUM('patients', 'programs', 'deliveries', 'patient-links', 'users', 'audit-events');
  ALTER TABLE "audit_events" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_audit_events_collection" USING "collection"::"public"."enum_audit_events_collection";
  ALTER TABLE "patients" DROP COLUMN "time_zone";
  ALTER TABLE "clinic_settings" DROP COLUMN "time_zone";
  ALTER TABLE "clinic_settings" DROP COLUMN "adherence_alerts_pain_urgent_at";
  ALTER TABLE "clinic_settings" DROP COLUMN "adherence_alerts_pain_rise_by";
  ALTER TABLE "clinic_settings" DROP COLUMN "adherence_alerts_no_log_days";
  ALTER TABLE "clinic_settings" DROP COLUMN "adherence_alerts_adherence_drop_points";
  DROP TYPE "public"."enum_programs_practice_days";
  DROP TYPE "public"."enum_reminder_preferences_quiet_days";
  DROP TYPE "public"."enum_reminder_sends_kind";
  DROP TYPE "public"."enum_reminder_sends_status";
  DROP TYPE "public"."enum_alerts_rule";
  DROP TYPE "public"."enum_alerts_severity";`)
}
