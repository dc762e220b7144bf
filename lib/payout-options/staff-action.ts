/** Who changes the payout options, as the server action knows them (the session, the edge's IP). */
export type StaffAction = { actor: { id: string }; ip?: string | null };
