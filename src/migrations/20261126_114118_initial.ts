import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_conditions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__conditions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_techniques_default_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum_techniques_category" AS ENUM('swedish', 'deep-tissue', 'specialised', 'self-massage');
  CREATE TYPE "public"."enum_techniques_kind" AS ENUM('clinic-applied', 'self-applied');
  CREATE TYPE "public"."enum_techniques_body_region" AS ENUM('head-neck', 'shoulders', 'arms-hands', 'chest', 'upper-back', 'lower-back', 'hips-glutes', 'legs', 'feet', 'whole-body');
  CREATE TYPE "public"."enum_techniques_default_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum_techniques_default_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  CREATE TYPE "public"."enum_techniques_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__techniques_v_version_default_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum__techniques_v_version_category" AS ENUM('swedish', 'deep-tissue', 'specialised', 'self-massage');
  CREATE TYPE "public"."enum__techniques_v_version_kind" AS ENUM('clinic-applied', 'self-applied');
  CREATE TYPE "public"."enum__techniques_v_version_body_region" AS ENUM('head-neck', 'shoulders', 'arms-hands', 'chest', 'upper-back', 'lower-back', 'hips-glutes', 'legs', 'feet', 'whole-body');
  CREATE TYPE "public"."enum__techniques_v_version_default_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum__techniques_v_version_default_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  CREATE TYPE "public"."enum__techniques_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_routines_items_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum_routines_items_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum_routines_items_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  CREATE TYPE "public"."enum_routines_purpose" AS ENUM('morning-stiffness', 'pre-activity', 'post-exercise', 'evening-relaxation', 'flare-up', 'daily-maintenance');
  CREATE TYPE "public"."enum_routines_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__routines_v_version_items_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum__routines_v_version_items_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum__routines_v_version_items_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  CREATE TYPE "public"."enum__routines_v_version_purpose" AS ENUM('morning-stiffness', 'pre-activity', 'post-exercise', 'evening-relaxation', 'flare-up', 'daily-maintenance');
  CREATE TYPE "public"."enum__routines_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_resources_kind" AS ENUM('article', 'organisation', 'course', 'support-group', 'insurance-guidance', 'research', 'practitioner-guidance');
  CREATE TYPE "public"."enum_resources_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__resources_v_version_kind" AS ENUM('article', 'organisation', 'course', 'support-group', 'insurance-guidance', 'research', 'practitioner-guidance');
  CREATE TYPE "public"."enum__resources_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_patients_preferred_language" AS ENUM('en', 'es', 'fr', 'de', 'pt', 'it', 'zh', 'ar');
  CREATE TYPE "public"."enum_programs_items_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum_programs_items_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum_programs_items_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  CREATE TYPE "public"."enum_programs_status" AS ENUM('draft', 'ready', 'active', 'completed', 'archived');
  CREATE TYPE "public"."enum_programs_template" AS ENUM('home-program', 'condition-guide', 'technique-card');
  CREATE TYPE "public"."enum_deliveries_attempts_outcome" AS ENUM('sent', 'retry', 'failed');
  CREATE TYPE "public"."enum_deliveries_channel" AS ENUM('email', 'pdf');
  CREATE TYPE "public"."enum_deliveries_template" AS ENUM('home-program', 'condition-guide', 'technique-card');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'clinician', 'editor');
  CREATE TABLE "conditions_symptoms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions_how_massage_helps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions_red_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "conditions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"reading_level" numeric,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_conditions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "conditions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer,
  	"routines_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "_conditions_v_version_symptoms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_how_massage_helps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v_version_red_flags" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_conditions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_reading_level" numeric,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__conditions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_conditions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"techniques_id" integer,
  	"routines_id" integer,
  	"resources_id" integer
  );
  
  CREATE TABLE "techniques_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "techniques_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "techniques_precautions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "techniques_default_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_techniques_default_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "techniques" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"reading_level" numeric,
  	"category" "enum_techniques_category",
  	"kind" "enum_techniques_kind",
  	"body_region" "enum_techniques_body_region",
  	"summary" varchar,
  	"default_dosage_duration_minutes" numeric,
  	"default_dosage_repetitions" numeric,
  	"default_dosage_sets" numeric,
  	"default_dosage_hold_seconds" numeric,
  	"default_dosage_rest_seconds" numeric,
  	"default_dosage_pressure" "enum_techniques_default_dosage_pressure",
  	"default_dosage_frequency" "enum_techniques_default_dosage_frequency",
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_techniques_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "techniques_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_techniques_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_techniques_v_version_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_techniques_v_version_precautions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_techniques_v_version_default_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__techniques_v_version_default_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_techniques_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_reading_level" numeric,
  	"version_category" "enum__techniques_v_version_category",
  	"version_kind" "enum__techniques_v_version_kind",
  	"version_body_region" "enum__techniques_v_version_body_region",
  	"version_summary" varchar,
  	"version_default_dosage_duration_minutes" numeric,
  	"version_default_dosage_repetitions" numeric,
  	"version_default_dosage_sets" numeric,
  	"version_default_dosage_hold_seconds" numeric,
  	"version_default_dosage_rest_seconds" numeric,
  	"version_default_dosage_pressure" "enum__techniques_v_version_default_dosage_pressure",
  	"version_default_dosage_frequency" "enum__techniques_v_version_default_dosage_frequency",
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__techniques_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_techniques_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "routines_items_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_routines_items_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "routines_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"technique_id" integer,
  	"dosage_duration_minutes" numeric,
  	"dosage_repetitions" numeric,
  	"dosage_sets" numeric,
  	"dosage_hold_seconds" numeric,
  	"dosage_rest_seconds" numeric,
  	"dosage_pressure" "enum_routines_items_dosage_pressure",
  	"dosage_frequency" "enum_routines_items_dosage_frequency",
  	"note" varchar
  );
  
  CREATE TABLE "routines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"total_minutes" numeric,
  	"purpose" "enum_routines_purpose",
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_routines_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "routines_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer
  );
  
  CREATE TABLE "_routines_v_version_items_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__routines_v_version_items_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_routines_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"technique_id" integer,
  	"dosage_duration_minutes" numeric,
  	"dosage_repetitions" numeric,
  	"dosage_sets" numeric,
  	"dosage_hold_seconds" numeric,
  	"dosage_rest_seconds" numeric,
  	"dosage_pressure" "enum__routines_v_version_items_dosage_pressure",
  	"dosage_frequency" "enum__routines_v_version_items_dosage_frequency",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_routines_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_total_minutes" numeric,
  	"version_purpose" "enum__routines_v_version_purpose",
  	"version_summary" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__routines_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_routines_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer
  );
  
  CREATE TABLE "resources" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"reading_level" numeric,
  	"kind" "enum_resources_kind",
  	"summary" varchar,
  	"url" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_resources_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_resources_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_reading_level" numeric,
  	"version_kind" "enum__resources_v_version_kind",
  	"version_summary" varchar,
  	"version_url" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__resources_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "tools_choosing_tips" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"summary" varchar NOT NULL,
  	"image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_print_url" varchar,
  	"sizes_print_width" numeric,
  	"sizes_print_height" numeric,
  	"sizes_print_mime_type" varchar,
  	"sizes_print_filesize" numeric,
  	"sizes_print_filename" varchar,
  	"sizes_email_url" varchar,
  	"sizes_email_width" numeric,
  	"sizes_email_height" numeric,
  	"sizes_email_mime_type" varchar,
  	"sizes_email_filesize" numeric,
  	"sizes_email_filename" varchar
  );
  
  CREATE TABLE "patients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"preferred_language" "enum_patients_preferred_language" DEFAULT 'en' NOT NULL,
  	"email_consent" boolean DEFAULT false,
  	"email_consent_at" timestamp(3) with time zone,
  	"clinician_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programs_items_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_programs_items_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programs_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"technique_id" integer NOT NULL,
  	"dosage_duration_minutes" numeric,
  	"dosage_repetitions" numeric,
  	"dosage_sets" numeric,
  	"dosage_hold_seconds" numeric,
  	"dosage_rest_seconds" numeric,
  	"dosage_pressure" "enum_programs_items_dosage_pressure",
  	"dosage_frequency" "enum_programs_items_dosage_frequency",
  	"note" varchar
  );
  
  CREATE TABLE "programs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"patient_id" integer NOT NULL,
  	"personal_notes" jsonb,
  	"start_date" timestamp(3) with time zone NOT NULL,
  	"review_date" timestamp(3) with time zone,
  	"status" "enum_programs_status" DEFAULT 'draft' NOT NULL,
  	"clinician_id" integer NOT NULL,
  	"template" "enum_programs_template" DEFAULT 'home-program' NOT NULL,
  	"large_print" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "programs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"routines_id" integer
  );
  
  CREATE TABLE "deliveries_attempts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"outcome" "enum_deliveries_attempts_outcome",
  	"error" varchar
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"patient_id" integer NOT NULL,
  	"clinician_id" integer NOT NULL,
  	"channel" "enum_deliveries_channel" NOT NULL,
  	"recipient" varchar,
  	"template" "enum_deliveries_template" NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"content_versions" jsonb,
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"pdf_sha256" varchar,
  	"pdf_bytes" numeric,
  	"message_id" varchar,
  	"queued_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"failed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'clinician' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"conditions_id" integer,
  	"techniques_id" integer,
  	"routines_id" integer,
  	"resources_id" integer,
  	"tools_id" integer,
  	"media_id" integer,
  	"patients_id" integer,
  	"programs_id" integer,
  	"deliveries_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "clinic_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"logo_id" integer,
  	"primary_colour" varchar DEFAULT '#2E6F62' NOT NULL,
  	"accent_colour" varchar DEFAULT '#C8643B' NOT NULL,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"handout_footer" varchar,
  	"disclaimer" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "conditions_symptoms" ADD CONSTRAINT "conditions_symptoms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_how_massage_helps" ADD CONSTRAINT "conditions_how_massage_helps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_red_flags" ADD CONSTRAINT "conditions_red_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "conditions_rels" ADD CONSTRAINT "conditions_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_symptoms" ADD CONSTRAINT "_conditions_v_version_symptoms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_how_massage_helps" ADD CONSTRAINT "_conditions_v_version_how_massage_helps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_version_red_flags" ADD CONSTRAINT "_conditions_v_version_red_flags_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v" ADD CONSTRAINT "_conditions_v_parent_id_conditions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."conditions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_conditions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_conditions_v_rels" ADD CONSTRAINT "_conditions_v_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_steps" ADD CONSTRAINT "techniques_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_cues" ADD CONSTRAINT "techniques_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_precautions" ADD CONSTRAINT "techniques_precautions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_default_dosage_time_of_day" ADD CONSTRAINT "techniques_default_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_rels" ADD CONSTRAINT "techniques_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_rels" ADD CONSTRAINT "techniques_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "techniques_rels" ADD CONSTRAINT "techniques_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_steps" ADD CONSTRAINT "_techniques_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_cues" ADD CONSTRAINT "_techniques_v_version_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_precautions" ADD CONSTRAINT "_techniques_v_version_precautions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_version_default_dosage_time_of_day" ADD CONSTRAINT "_techniques_v_version_default_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v" ADD CONSTRAINT "_techniques_v_parent_id_techniques_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_techniques_v_rels" ADD CONSTRAINT "_techniques_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_techniques_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_rels" ADD CONSTRAINT "_techniques_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_techniques_v_rels" ADD CONSTRAINT "_techniques_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_items_dosage_time_of_day" ADD CONSTRAINT "routines_items_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_items" ADD CONSTRAINT "routines_items_technique_id_techniques_id_fk" FOREIGN KEY ("technique_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routines_items" ADD CONSTRAINT "routines_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_rels" ADD CONSTRAINT "routines_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_rels" ADD CONSTRAINT "routines_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v_version_items_dosage_time_of_day" ADD CONSTRAINT "_routines_v_version_items_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_routines_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v_version_items" ADD CONSTRAINT "_routines_v_version_items_technique_id_techniques_id_fk" FOREIGN KEY ("technique_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v_version_items" ADD CONSTRAINT "_routines_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v" ADD CONSTRAINT "_routines_v_parent_id_routines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v_rels" ADD CONSTRAINT "_routines_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_routines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v_rels" ADD CONSTRAINT "_routines_v_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_resources_v" ADD CONSTRAINT "_resources_v_parent_id_resources_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."resources"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools_choosing_tips" ADD CONSTRAINT "tools_choosing_tips_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools" ADD CONSTRAINT "tools_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patients" ADD CONSTRAINT "patients_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs_items_dosage_time_of_day" ADD CONSTRAINT "programs_items_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_items" ADD CONSTRAINT "programs_items_technique_id_techniques_id_fk" FOREIGN KEY ("technique_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs_items" ADD CONSTRAINT "programs_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs" ADD CONSTRAINT "programs_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs" ADD CONSTRAINT "programs_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_rels" ADD CONSTRAINT "programs_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_attempts" ADD CONSTRAINT "deliveries_attempts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_conditions_fk" FOREIGN KEY ("conditions_id") REFERENCES "public"."conditions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_techniques_fk" FOREIGN KEY ("techniques_id") REFERENCES "public"."techniques"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_resources_fk" FOREIGN KEY ("resources_id") REFERENCES "public"."resources"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_patients_fk" FOREIGN KEY ("patients_id") REFERENCES "public"."patients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_programs_fk" FOREIGN KEY ("programs_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_settings" ADD CONSTRAINT "clinic_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "conditions_symptoms_order_idx" ON "conditions_symptoms" USING btree ("_order");
  CREATE INDEX "conditions_symptoms_parent_id_idx" ON "conditions_symptoms" USING btree ("_parent_id");
  CREATE INDEX "conditions_how_massage_helps_order_idx" ON "conditions_how_massage_helps" USING btree ("_order");
  CREATE INDEX "conditions_how_massage_helps_parent_id_idx" ON "conditions_how_massage_helps" USING btree ("_parent_id");
  CREATE INDEX "conditions_red_flags_order_idx" ON "conditions_red_flags" USING btree ("_order");
  CREATE INDEX "conditions_red_flags_parent_id_idx" ON "conditions_red_flags" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "conditions_slug_idx" ON "conditions" USING btree ("slug");
  CREATE INDEX "conditions_updated_at_idx" ON "conditions" USING btree ("updated_at");
  CREATE INDEX "conditions_created_at_idx" ON "conditions" USING btree ("created_at");
  CREATE INDEX "conditions__status_idx" ON "conditions" USING btree ("_status");
  CREATE INDEX "conditions_rels_order_idx" ON "conditions_rels" USING btree ("order");
  CREATE INDEX "conditions_rels_parent_idx" ON "conditions_rels" USING btree ("parent_id");
  CREATE INDEX "conditions_rels_path_idx" ON "conditions_rels" USING btree ("path");
  CREATE INDEX "conditions_rels_techniques_id_idx" ON "conditions_rels" USING btree ("techniques_id");
  CREATE INDEX "conditions_rels_routines_id_idx" ON "conditions_rels" USING btree ("routines_id");
  CREATE INDEX "conditions_rels_resources_id_idx" ON "conditions_rels" USING btree ("resources_id");
  CREATE INDEX "_conditions_v_version_symptoms_order_idx" ON "_conditions_v_version_symptoms" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_symptoms_parent_id_idx" ON "_conditions_v_version_symptoms" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_how_massage_helps_order_idx" ON "_conditions_v_version_how_massage_helps" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_how_massage_helps_parent_id_idx" ON "_conditions_v_version_how_massage_helps" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_version_red_flags_order_idx" ON "_conditions_v_version_red_flags" USING btree ("_order");
  CREATE INDEX "_conditions_v_version_red_flags_parent_id_idx" ON "_conditions_v_version_red_flags" USING btree ("_parent_id");
  CREATE INDEX "_conditions_v_parent_idx" ON "_conditions_v" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_version_version_slug_idx" ON "_conditions_v" USING btree ("version_slug");
  CREATE INDEX "_conditions_v_version_version_updated_at_idx" ON "_conditions_v" USING btree ("version_updated_at");
  CREATE INDEX "_conditions_v_version_version_created_at_idx" ON "_conditions_v" USING btree ("version_created_at");
  CREATE INDEX "_conditions_v_version_version__status_idx" ON "_conditions_v" USING btree ("version__status");
  CREATE INDEX "_conditions_v_created_at_idx" ON "_conditions_v" USING btree ("created_at");
  CREATE INDEX "_conditions_v_updated_at_idx" ON "_conditions_v" USING btree ("updated_at");
  CREATE INDEX "_conditions_v_latest_idx" ON "_conditions_v" USING btree ("latest");
  CREATE INDEX "_conditions_v_rels_order_idx" ON "_conditions_v_rels" USING btree ("order");
  CREATE INDEX "_conditions_v_rels_parent_idx" ON "_conditions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_conditions_v_rels_path_idx" ON "_conditions_v_rels" USING btree ("path");
  CREATE INDEX "_conditions_v_rels_techniques_id_idx" ON "_conditions_v_rels" USING btree ("techniques_id");
  CREATE INDEX "_conditions_v_rels_routines_id_idx" ON "_conditions_v_rels" USING btree ("routines_id");
  CREATE INDEX "_conditions_v_rels_resources_id_idx" ON "_conditions_v_rels" USING btree ("resources_id");
  CREATE INDEX "techniques_steps_order_idx" ON "techniques_steps" USING btree ("_order");
  CREATE INDEX "techniques_steps_parent_id_idx" ON "techniques_steps" USING btree ("_parent_id");
  CREATE INDEX "techniques_cues_order_idx" ON "techniques_cues" USING btree ("_order");
  CREATE INDEX "techniques_cues_parent_id_idx" ON "techniques_cues" USING btree ("_parent_id");
  CREATE INDEX "techniques_precautions_order_idx" ON "techniques_precautions" USING btree ("_order");
  CREATE INDEX "techniques_precautions_parent_id_idx" ON "techniques_precautions" USING btree ("_parent_id");
  CREATE INDEX "techniques_default_dosage_time_of_day_order_idx" ON "techniques_default_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "techniques_default_dosage_time_of_day_parent_idx" ON "techniques_default_dosage_time_of_day" USING btree ("parent_id");
  CREATE UNIQUE INDEX "techniques_slug_idx" ON "techniques" USING btree ("slug");
  CREATE INDEX "techniques_updated_at_idx" ON "techniques" USING btree ("updated_at");
  CREATE INDEX "techniques_created_at_idx" ON "techniques" USING btree ("created_at");
  CREATE INDEX "techniques__status_idx" ON "techniques" USING btree ("_status");
  CREATE INDEX "techniques_rels_order_idx" ON "techniques_rels" USING btree ("order");
  CREATE INDEX "techniques_rels_parent_idx" ON "techniques_rels" USING btree ("parent_id");
  CREATE INDEX "techniques_rels_path_idx" ON "techniques_rels" USING btree ("path");
  CREATE INDEX "techniques_rels_tools_id_idx" ON "techniques_rels" USING btree ("tools_id");
  CREATE INDEX "techniques_rels_media_id_idx" ON "techniques_rels" USING btree ("media_id");
  CREATE INDEX "_techniques_v_version_steps_order_idx" ON "_techniques_v_version_steps" USING btree ("_order");
  CREATE INDEX "_techniques_v_version_steps_parent_id_idx" ON "_techniques_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_techniques_v_version_cues_order_idx" ON "_techniques_v_version_cues" USING btree ("_order");
  CREATE INDEX "_techniques_v_version_cues_parent_id_idx" ON "_techniques_v_version_cues" USING btree ("_parent_id");
  CREATE INDEX "_techniques_v_version_precautions_order_idx" ON "_techniques_v_version_precautions" USING btree ("_order");
  CREATE INDEX "_techniques_v_version_precautions_parent_id_idx" ON "_techniques_v_version_precautions" USING btree ("_parent_id");
  CREATE INDEX "_techniques_v_version_default_dosage_time_of_day_order_idx" ON "_techniques_v_version_default_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "_techniques_v_version_default_dosage_time_of_day_parent_idx" ON "_techniques_v_version_default_dosage_time_of_day" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_parent_idx" ON "_techniques_v" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_version_version_slug_idx" ON "_techniques_v" USING btree ("version_slug");
  CREATE INDEX "_techniques_v_version_version_updated_at_idx" ON "_techniques_v" USING btree ("version_updated_at");
  CREATE INDEX "_techniques_v_version_version_created_at_idx" ON "_techniques_v" USING btree ("version_created_at");
  CREATE INDEX "_techniques_v_version_version__status_idx" ON "_techniques_v" USING btree ("version__status");
  CREATE INDEX "_techniques_v_created_at_idx" ON "_techniques_v" USING btree ("created_at");
  CREATE INDEX "_techniques_v_updated_at_idx" ON "_techniques_v" USING btree ("updated_at");
  CREATE INDEX "_techniques_v_latest_idx" ON "_techniques_v" USING btree ("latest");
  CREATE INDEX "_techniques_v_rels_order_idx" ON "_techniques_v_rels" USING btree ("order");
  CREATE INDEX "_techniques_v_rels_parent_idx" ON "_techniques_v_rels" USING btree ("parent_id");
  CREATE INDEX "_techniques_v_rels_path_idx" ON "_techniques_v_rels" USING btree ("path");
  CREATE INDEX "_techniques_v_rels_tools_id_idx" ON "_techniques_v_rels" USING btree ("tools_id");
  CREATE INDEX "_techniques_v_rels_media_id_idx" ON "_techniques_v_rels" USING btree ("media_id");
  CREATE INDEX "routines_items_dosage_time_of_day_order_idx" ON "routines_items_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "routines_items_dosage_time_of_day_parent_idx" ON "routines_items_dosage_time_of_day" USING btree ("parent_id");
  CREATE INDEX "routines_items_order_idx" ON "routines_items" USING btree ("_order");
  CREATE INDEX "routines_items_parent_id_idx" ON "routines_items" USING btree ("_parent_id");
  CREATE INDEX "routines_items_technique_idx" ON "routines_items" USING btree ("technique_id");
  CREATE UNIQUE INDEX "routines_slug_idx" ON "routines" USING btree ("slug");
  CREATE INDEX "routines_updated_at_idx" ON "routines" USING btree ("updated_at");
  CREATE INDEX "routines_created_at_idx" ON "routines" USING btree ("created_at");
  CREATE INDEX "routines__status_idx" ON "routines" USING btree ("_status");
  CREATE INDEX "routines_rels_order_idx" ON "routines_rels" USING btree ("order");
  CREATE INDEX "routines_rels_parent_idx" ON "routines_rels" USING btree ("parent_id");
  CREATE INDEX "routines_rels_path_idx" ON "routines_rels" USING btree ("path");
  CREATE INDEX "routines_rels_conditions_id_idx" ON "routines_rels" USING btree ("conditions_id");
  CREATE INDEX "_routines_v_version_items_dosage_time_of_day_order_idx" ON "_routines_v_version_items_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "_routines_v_version_items_dosage_time_of_day_parent_idx" ON "_routines_v_version_items_dosage_time_of_day" USING btree ("parent_id");
  CREATE INDEX "_routines_v_version_items_order_idx" ON "_routines_v_version_items" USING btree ("_order");
  CREATE INDEX "_routines_v_version_items_parent_id_idx" ON "_routines_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_routines_v_version_items_technique_idx" ON "_routines_v_version_items" USING btree ("technique_id");
  CREATE INDEX "_routines_v_parent_idx" ON "_routines_v" USING btree ("parent_id");
  CREATE INDEX "_routines_v_version_version_slug_idx" ON "_routines_v" USING btree ("version_slug");
  CREATE INDEX "_routines_v_version_version_updated_at_idx" ON "_routines_v" USING btree ("version_updated_at");
  CREATE INDEX "_routines_v_version_version_created_at_idx" ON "_routines_v" USING btree ("version_created_at");
  CREATE INDEX "_routines_v_version_version__status_idx" ON "_routines_v" USING btree ("version__status");
  CREATE INDEX "_routines_v_created_at_idx" ON "_routines_v" USING btree ("created_at");
  CREATE INDEX "_routines_v_updated_at_idx" ON "_routines_v" USING btree ("updated_at");
  CREATE INDEX "_routines_v_latest_idx" ON "_routines_v" USING btree ("latest");
  CREATE INDEX "_routines_v_rels_order_idx" ON "_routines_v_rels" USING btree ("order");
  CREATE INDEX "_routines_v_rels_parent_idx" ON "_routines_v_rels" USING btree ("parent_id");
  CREATE INDEX "_routines_v_rels_path_idx" ON "_routines_v_rels" USING btree ("path");
  CREATE INDEX "_routines_v_rels_conditions_id_idx" ON "_routines_v_rels" USING btree ("conditions_id");
  CREATE UNIQUE INDEX "resources_slug_idx" ON "resources" USING btree ("slug");
  CREATE INDEX "resources_updated_at_idx" ON "resources" USING btree ("updated_at");
  CREATE INDEX "resources_created_at_idx" ON "resources" USING btree ("created_at");
  CREATE INDEX "resources__status_idx" ON "resources" USING btree ("_status");
  CREATE INDEX "_resources_v_parent_idx" ON "_resources_v" USING btree ("parent_id");
  CREATE INDEX "_resources_v_version_version_slug_idx" ON "_resources_v" USING btree ("version_slug");
  CREATE INDEX "_resources_v_version_version_updated_at_idx" ON "_resources_v" USING btree ("version_updated_at");
  CREATE INDEX "_resources_v_version_version_created_at_idx" ON "_resources_v" USING btree ("version_created_at");
  CREATE INDEX "_resources_v_version_version__status_idx" ON "_resources_v" USING btree ("version__status");
  CREATE INDEX "_resources_v_created_at_idx" ON "_resources_v" USING btree ("created_at");
  CREATE INDEX "_resources_v_updated_at_idx" ON "_resources_v" USING btree ("updated_at");
  CREATE INDEX "_resources_v_latest_idx" ON "_resources_v" USING btree ("latest");
  CREATE INDEX "tools_choosing_tips_order_idx" ON "tools_choosing_tips" USING btree ("_order");
  CREATE INDEX "tools_choosing_tips_parent_id_idx" ON "tools_choosing_tips" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tools_slug_idx" ON "tools" USING btree ("slug");
  CREATE INDEX "tools_image_idx" ON "tools" USING btree ("image_id");
  CREATE INDEX "tools_updated_at_idx" ON "tools" USING btree ("updated_at");
  CREATE INDEX "tools_created_at_idx" ON "tools" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_print_sizes_print_filename_idx" ON "media" USING btree ("sizes_print_filename");
  CREATE INDEX "media_sizes_email_sizes_email_filename_idx" ON "media" USING btree ("sizes_email_filename");
  CREATE INDEX "patients_email_idx" ON "patients" USING btree ("email");
  CREATE INDEX "patients_clinician_idx" ON "patients" USING btree ("clinician_id");
  CREATE INDEX "patients_updated_at_idx" ON "patients" USING btree ("updated_at");
  CREATE INDEX "patients_created_at_idx" ON "patients" USING btree ("created_at");
  CREATE INDEX "programs_items_dosage_time_of_day_order_idx" ON "programs_items_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "programs_items_dosage_time_of_day_parent_idx" ON "programs_items_dosage_time_of_day" USING btree ("parent_id");
  CREATE INDEX "programs_items_order_idx" ON "programs_items" USING btree ("_order");
  CREATE INDEX "programs_items_parent_id_idx" ON "programs_items" USING btree ("_parent_id");
  CREATE INDEX "programs_items_technique_idx" ON "programs_items" USING btree ("technique_id");
  CREATE INDEX "programs_patient_idx" ON "programs" USING btree ("patient_id");
  CREATE INDEX "programs_clinician_idx" ON "programs" USING btree ("clinician_id");
  CREATE INDEX "programs_updated_at_idx" ON "programs" USING btree ("updated_at");
  CREATE INDEX "programs_created_at_idx" ON "programs" USING btree ("created_at");
  CREATE INDEX "programs_rels_order_idx" ON "programs_rels" USING btree ("order");
  CREATE INDEX "programs_rels_parent_idx" ON "programs_rels" USING btree ("parent_id");
  CREATE INDEX "programs_rels_path_idx" ON "programs_rels" USING btree ("path");
  CREATE INDEX "programs_rels_conditions_id_idx" ON "programs_rels" USING btree ("conditions_id");
  CREATE INDEX "programs_rels_routines_id_idx" ON "programs_rels" USING btree ("routines_id");
  CREATE INDEX "deliveries_attempts_order_idx" ON "deliveries_attempts" USING btree ("_order");
  CREATE INDEX "deliveries_attempts_parent_id_idx" ON "deliveries_attempts" USING btree ("_parent_id");
  CREATE INDEX "deliveries_program_idx" ON "deliveries" USING btree ("program_id");
  CREATE INDEX "deliveries_patient_idx" ON "deliveries" USING btree ("patient_id");
  CREATE INDEX "deliveries_clinician_idx" ON "deliveries" USING btree ("clinician_id");
  CREATE UNIQUE INDEX "deliveries_idempotency_key_idx" ON "deliveries" USING btree ("idempotency_key");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_conditions_id_idx" ON "payload_locked_documents_rels" USING btree ("conditions_id");
  CREATE INDEX "payload_locked_documents_rels_techniques_id_idx" ON "payload_locked_documents_rels" USING btree ("techniques_id");
  CREATE INDEX "payload_locked_documents_rels_routines_id_idx" ON "payload_locked_documents_rels" USING btree ("routines_id");
  CREATE INDEX "payload_locked_documents_rels_resources_id_idx" ON "payload_locked_documents_rels" USING btree ("resources_id");
  CREATE INDEX "payload_locked_documents_rels_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("tools_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_patients_id_idx" ON "payload_locked_documents_rels" USING btree ("patients_id");
  CREATE INDEX "payload_locked_documents_rels_programs_id_idx" ON "payload_locked_documents_rels" USING btree ("programs_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "clinic_settings_logo_idx" ON "clinic_settings" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "conditions_symptoms" CASCADE;
  DROP TABLE "conditions_how_massage_helps" CASCADE;
  DROP TABLE "conditions_red_flags" CASCADE;
  DROP TABLE "conditions" CASCADE;
  DROP TABLE "conditions_rels" CASCADE;
  DROP TABLE "_conditions_v_version_symptoms" CASCADE;
  DROP TABLE "_conditions_v_version_how_massage_helps" CASCADE;
  DROP TABLE "_conditions_v_version_red_flags" CASCADE;
  DROP TABLE "_conditions_v" CASCADE;
  DROP TABLE "_conditions_v_rels" CASCADE;
  DROP TABLE "techniques_steps" CASCADE;
  DROP TABLE "techniques_cues" CASCADE;
  DROP TABLE "techniques_precautions" CASCADE;
  DROP TABLE "techniques_default_dosage_time_of_day" CASCADE;
  DROP TABLE "techniques" CASCADE;
  DROP TABLE "techniques_rels" CASCADE;
  DROP TABLE "_techniques_v_version_steps" CASCADE;
  DROP TABLE "_techniques_v_version_cues" CASCADE;
  DROP TABLE "_techniques_v_version_precautions" CASCADE;
  DROP TABLE "_techniques_v_version_default_dosage_time_of_day" CASCADE;
  DROP TABLE "_techniques_v" CASCADE;
  DROP TABLE "_techniques_v_rels" CASCADE;
  DROP TABLE "routines_items_dosage_time_of_day" CASCADE;
  DROP TABLE "routines_items" CASCADE;
  DROP TABLE "routines" CASCADE;
  DROP TABLE "routines_rels" CASCADE;
  DROP TABLE "_routines_v_version_items_dosage_time_of_day" CASCADE;
  DROP TABLE "_routines_v_version_items" CASCADE;
  DROP TABLE "_routines_v" CASCADE;
  DROP TABLE "_routines_v_rels" CASCADE;
  DROP TABLE "resources" CASCADE;
  DROP TABLE "_resources_v" CASCADE;
  DROP TABLE "tools_choosing_tips" CASCADE;
  DROP TABLE "tools" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "patients" CASCADE;
  DROP TABLE "programs_items_dosage_time_of_day" CASCADE;
  DROP TABLE "programs_items" CASCADE;
  DROP TABLE "programs" CASCADE;
  DROP TABLE "programs_rels" CASCADE;
  DROP TABLE "deliveries_attempts" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "clinic_settings" CASCADE;
  DROP TYPE "public"."enum_conditions_status";
  DROP TYPE "public"."enum__conditions_v_version_status";
  DROP TYPE "public"."enum_techniques_default_dosage_time_of_day";
  DROP TYPE "public"."enum_techniques_category";
  DROP TYPE "public"."enum_techniques_kind";
  DROP TYPE "public"."enum_techniques_body_region";
  DROP TYPE "public"."enum_techniques_default_dosage_pressure";
  DROP TYPE "public"."enum_techniques_default_dosage_frequency";
  DROP TYPE "public"."enum_techniques_status";
  DROP TYPE "public"."enum__techniques_v_version_default_dosage_time_of_day";
  DROP TYPE "public"."enum__techniques_v_version_category";
  DROP TYPE "public"."enum__techniques_v_version_kind";
  DROP TYPE "public"."enum__techniques_v_version_body_region";
  DROP TYPE "public"."enum__techniques_v_version_default_dosage_pressure";
  DROP TYPE "public"."enum__techniques_v_version_default_dosage_frequency";
  DROP TYPE "public"."enum__techniques_v_version_status";
  DROP TYPE "public"."enum_routines_items_dosage_time_of_day";
  DROP TYPE "public"."enum_routines_items_dosage_pressure";
  DROP TYPE "public"."enum_routines_items_dosage_frequency";
  DROP TYPE "public"."enum_routines_purpose";
  DROP TYPE "public"."enum_routines_status";
  DROP TYPE "public"."enum__routines_v_version_items_dosage_time_of_day";
  DROP TYPE "public"."enum__routines_v_version_items_dosage_pressure";
  DROP TYPE "public"."enum__routines_v_version_items_dosage_frequency";
  DROP TYPE "public"."enum__routines_v_version_purpose";
  DROP TYPE "public"."enum__routines_v_version_status";
  DROP TYPE "public"."enum_resources_kind";
  DROP TYPE "public"."enum_resources_status";
  DROP TYPE "public"."enum__resources_v_version_kind";
  DROP TYPE "public"."enum__resources_v_version_status";
  DROP TYPE "public"."enum_patients_preferred_language";
  DROP TYPE "public"."enum_programs_items_dosage_time_of_day";
  DROP TYPE "public"."enum_programs_items_dosage_pressure";
  DROP TYPE "public"."enum_programs_items_dosage_frequency";
  DROP TYPE "public"."enum_programs_status";
  DROP TYPE "public"."enum_programs_template";
  DROP TYPE "public"."enum_deliveries_attempts_outcome";
  DROP TYPE "public"."enum_deliveries_channel";
  DROP TYPE "public"."enum_deliveries_template";
  DROP TYPE "public"."enum_deliveries_status";
  DROP TYPE "public"."enum_users_role";`)
}
