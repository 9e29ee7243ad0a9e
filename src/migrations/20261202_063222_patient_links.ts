import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_patient_links_state" AS ENUM('active', 'stopped');
  CREATE TABLE "patient_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"program_id" integer NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"version" numeric DEFAULT 1 NOT NULL,
  	"state" "enum_patient_links_state" DEFAULT 'active' NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"delivery_id" integer,
  	"last_sent_at" timestamp(3) with time zone,
  	"last_opened_at" timestamp(3) with time zone,
  	"open_count" numeric DEFAULT 0 NOT NULL,
  	"last_opened_from" varchar,
  	"stopped_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "deliveries" ADD COLUMN "document" jsonb;
  ALTER TABLE "clinic_settings" ADD COLUMN "patient_link_days" numeric DEFAULT 180 NOT NULL;
  ALTER TABLE "patient_links" ADD CONSTRAINT "patient_links_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "patient_links" ADD CONSTRAINT "patient_links_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "patient_links_program_idx" ON "patient_links" USING btree ("program_id");
  CREATE UNIQUE INDEX "patient_links_token_hash_idx" ON "patient_links" USING btree ("token_hash");
  CREATE INDEX "patient_links_delivery_idx" ON "patient_links" USING btree ("delivery_id");
  CREATE INDEX "patient_links_updated_at_idx" ON "patient_links" USING btree ("updated_at");
  CREATE INDEX "patient_links_created_at_idx" ON "patient_links" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "patient_links" CASCADE;
  ALTER TABLE "deliveries" DROP COLUMN "document";
  ALTER TABLE "clinic_settings" DROP COLUMN "patient_link_days";
  DROP TYPE "public"."enum_patient_links_state";`)
}
