import { z } from "zod";

// The delete-account form: the user types a phrase, so a stray click cannot delete anything.
export const DELETE_PHRASE = "delete my account";

export const DeleteAccountSchema = z.object({
  confirm: z
    .string({ error: `Type “${DELETE_PHRASE}” to confirm.` })
    .trim()
    .toLowerCase()
    .refine((value) => value === DELETE_PHRASE, { error: `Type “${DELETE_PHRASE}” to confirm.` }),
});
