import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "programs" ALTER COLUMN "template" SET DATA TYPE text;
  -- Only home-program is made from a program; a program set to another template was given it anyway.
  UPDATE "programs" SET "template" = 'home-program' WHERE "template" <> 'home-program';
  ALTER TABLE "programs" ALTER COLUMN "template" SET DEFAULT 'home-program'::text;
  DROP TYPE "public"."enum_programs_template";
  CREATE TYPE "public"."enum_programs_template" AS ENUM('home-program');
  ALTER TABLE "programs" ALTER COLUMN "template" SET DEFAULT 'home-program'::"public"."enum_programs_template";
  ALTER TABLE "programs" ALTER COLUMN "template" SET DATA TYPE "public"."enum_programs_template" USING "template"::"public"."enum_programs_template";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_programs_template" ADD VALUE 'condition-guide';
  ALTER TYPE "public"."enum_programs_template" ADD VALUE 'technique-card';`)
}
