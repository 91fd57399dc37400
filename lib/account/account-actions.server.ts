"use server";

import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { deleteAccount } from "@/lib/account/delete-account.server";
import { DeleteAccountSchema } from "@/lib/account/account-schema";
import { defineFormAction } from "@/lib/actions/define-action.server";

export const deleteAccountAction = defineFormAction({
  name: "deleteAccount",
  schema: DeleteAccountSchema,
  invalid: "Type the phrase exactly to confirm.",
  failure: "The account could not be deleted. Nothing was removed; try again in a moment.",
  run: (_input, actor) => deleteAccount(actor),
  after: () => {
    // The layout shows who is signed in: render it again, now for nobody.
    revalidatePath("/", "layout");
    redirect("/?deleted=account");
  },
});
