// What the sharing panel receives (issue 9 §3): plain data, no database row.
// lib/sharing/sharing-view.server.ts builds it behind draftAccess and declares it as its return type.

/** The owner's view of who can see a draft: live shares and invite links still waiting. */
export type SharingView = {
  draftId: string;
  title: string;
  shares: Array<{ id: string; name: string; email: string; grantedAt: string }>;
  invites: Array<{ id: string; createdAt: string; expiresAt: string }>;
};
