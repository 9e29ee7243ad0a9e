import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_programs_clinic_items_dosage_time_of_day" AS ENUM('morning', 'midday', 'evening', 'bedtime', 'before-activity', 'after-exercise', 'any-time');
  CREATE TYPE "public"."enum_programs_clinic_items_dosage_pressure" AS ENUM('light', 'moderate', 'firm');
  CREATE TYPE "public"."enum_programs_clinic_items_dosage_frequency" AS ENUM('several-times-daily', 'twice-daily', 'daily', 'every-other-day', 'weekly', 'every-two-weeks', 'as-needed');
  ALTER TYPE "public"."enum_routines_purpose" ADD VALUE 'in-clinic';
  ALTER TYPE "public"."enum__routines_v_version_purpose" ADD VALUE 'in-clinic';
  CREATE TABLE "programs_clinic_items_dosage_time_of_day" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_programs_clinic_items_dosage_time_of_day",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "programs_clinic_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"technique_id" integer NOT NULL,
  	"dosage_duration_minutes" numeric,
  	"dosage_repetitions" numeric,
  	"dosage_sets" numeric,
  	"dosage_hold_seconds" numeric,
  	"dosage_rest_seconds" numeric,
  	"dosage_pressure" "enum_programs_clinic_items_dosage_pressure",
  	"dosage_frequency" "enum_programs_clinic_items_dosage_frequency",
  	"note" varchar
  );
  
  ALTER TABLE "programs_clinic_items_dosage_time_of_day" ADD CONSTRAINT "programs_clinic_items_dosage_time_of_day_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."programs_clinic_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "programs_clinic_items" ADD CONSTRAINT "programs_clinic_items_technique_id_techniques_id_fk" FOREIGN KEY ("technique_id") REFERENCES "public"."techniques"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "programs_clinic_items" ADD CONSTRAINT "programs_clinic_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "programs_clinic_items_dosage_time_of_day_order_idx" ON "programs_clinic_items_dosage_time_of_day" USING btree ("order");
  CREATE INDEX "programs_clinic_items_dosage_time_of_day_parent_idx" ON "programs_clinic_items_dosage_time_of_day" USING btree ("parent_id");
  CREATE INDEX "programs_clinic_items_order_idx" ON "programs_clinic_items" USING btree ("_order");
  CREATE INDEX "programs_clinic_items_parent_id_idx" ON "programs_clinic_items" USING btree ("_parent_id");
  CREATE INDEX "programs_clinic_items_technique_idx" ON "programs_clinic_items" USING btree ("technique_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "programs_clinic_items_dosage_time_of_day" CASCADE;
  DROP TABLE "programs_clinic_items" CASCADE;
  ALTER TABLE "routines" ALTER COLUMN "purpose" SET DATA TYPE text;
  DROP TYPE "public"."enum_routines_purpose";
  CREATE TYPE "public"."enum_routines_purpose" AS ENUM('morning-stiffness', 'pre-activity', 'post-exercise', 'evening-relaxation', 'flare-up', 'daily-maintenance');
  ALTER TABLE "routines" ALTER COLUMN "purpose" SET DATA TYPE "public"."enum_routines_purpose" USING "purpose"::"public"."enum_routines_purpose";
  ALTER TABLE "_routines_v" ALTER COLUMN "version_purpose" SET DATA TYPE text;
  DROP TYPE "public"."enum__routines_v_version_purpose";
  CREATE TYPE "public"."enum__routines_v_version_purpose" AS ENUM('morning-stiffness', 'pre-activity', 'post-exercise', 'evening-relaxation', 'flare-up', 'daily-maintenance');
  ALTER TABLE "_routines_v" ALTER COLUMN "version_purpose" SET DATA TYPE "public"."enum__routines_v_version_purpose" USING "version_purpose"::"public"."enum__routines_v_version_purpose";
  DROP TYPE "public"."enum_programs_clinic_items_dosage_time_of_day";
  DROP TYPE "public"."enum_programs_clinic_items_dosage_pressure";
  DROP TYPE "public"."enum_programs_clinic_items_dosage_frequency";`)
}
