import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_transport" AS ENUM('smtp', 'outbox');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendDelivery', 'recoverDeliveries');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendDelivery', 'recoverDeliveries');
  ALTER TYPE "public"."enum_deliveries_attempts_outcome" ADD VALUE 'unconfirmed';
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "deliveries" ADD COLUMN "transport" "enum_deliveries_transport";
  ALTER TABLE "deliveries" ADD COLUMN "last_error" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "sending_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "claimed_by" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "claimed_at" timestamp(3) with time zone;
  ALTER TABLE "deliveries" ADD COLUMN "url" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "thumbnail_u_r_l" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "filename" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "mime_type" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "filesize" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "width" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "height" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "focal_x" numeric;
  ALTER TABLE "deliveries" ADD COLUMN "focal_y" numeric;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE UNIQUE INDEX "deliveries_filename_idx" ON "deliveries" USING btree ("filename");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "deliveries_attempts" ALTER COLUMN "outcome" SET DATA TYPE text;
  DROP TYPE "public"."enum_deliveries_attempts_outcome";
  CREATE TYPE "public"."enum_deliveries_attempts_outcome" AS ENUM('sent', 'retry', 'failed');
  ALTER TABLE "deliveries_attempts" ALTER COLUMN "outcome" SET DATA TYPE "public"."enum_deliveries_attempts_outcome" USING "outcome"::"public"."enum_deliveries_attempts_outcome";
  DROP INDEX "deliveries_filename_idx";
  ALTER TABLE "deliveries" DROP COLUMN "transport";
  ALTER TABLE "deliveries" DROP COLUMN "last_error";
  ALTER TABLE "deliveries" DROP COLUMN "sending_at";
  ALTER TABLE "deliveries" DROP COLUMN "claimed_by";
  ALTER TABLE "deliveries" DROP COLUMN "claimed_at";
  ALTER TABLE "deliveries" DROP COLUMN "url";
  ALTER TABLE "deliveries" DROP COLUMN "thumbnail_u_r_l";
  ALTER TABLE "deliveries" DROP COLUMN "filename";
  ALTER TABLE "deliveries" DROP COLUMN "mime_type";
  ALTER TABLE "deliveries" DROP COLUMN "filesize";
  ALTER TABLE "deliveries" DROP COLUMN "width";
  ALTER TABLE "deliveries" DROP COLUMN "height";
  ALTER TABLE "deliveries" DROP COLUMN "focal_x";
  ALTER TABLE "deliveries" DROP COLUMN "focal_y";
  DROP TYPE "public"."enum_deliveries_transport";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
