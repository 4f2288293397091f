namespace WhaiNot.Domain.Audit;

/// <summary>Action names written to the audit log. Stable strings: the DPO filters on them.</summary>
public static class AuditAction
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string AccountLocked = "auth.locked";
    public const string SignOut = "auth.sign-out";
    public const string DossierList = "dossier.list";
    public const string DossierRead = "dossier.read";
    public const string DossierCreate = "dossier.create";
    public const string DossierDenied = "dossier.denied";
    public const string DossierRevealNationalNumber = "dossier.reveal-national-number";
    public const string UserCreate = "user.create";
    public const string UserDisable = "user.disable";
    public const string UserReset = "user.reset";
    public const string TeamCreate = "team.create";
    public const string AuditRead = "audit.read";
    public const string ConversationCreate = "conversation.create";
    public const string ConsentRecord = "consent.record";
    public const string ConversationEnd = "conversation.end";
    public const string ConversationList = "conversation.list";
    public const string NotesWrite = "notes.write";
    public const string NotesRead = "notes.read";
    public const string AudioRead = "audio.read";
    public const string TranscriptRead = "transcript.read";
    public const string TranscriptEdit = "transcript.edit";
    public const string ReportDraft = "report.draft";
    public const string ReportDraftRefused = "report.draft-refused";
    public const string ReportRead = "report.read";
    public const string ReportEdit = "report.edit";
    public const string ReportValidate = "report.validate";
    public const string ReportRevise = "report.revise";
    public const string ReportExport = "report.export";
    public const string ReportFigures = "report.figures";
    public const string TemplateAdd = "template.add";
    public const string ParityRead = "report.parity";
    public const string ConsentRevoke = "consent.revoke";
    public const string LegalHold = "dossier.legal-hold";
    public const string LetterRead = "letter.read";
    public const string DayRead = "day.read";
    public const string DayDenied = "day.denied";
    public const string AppointmentCreate = "appointment.create";
    public const string AppointmentMove = "appointment.move";
    public const string AppointmentLink = "appointment.link";
    public const string AppointmentRead = "appointment.read";
    public const string ActionCreate = "action.create";
    public const string ActionTakeOver = "action.take-over";
    public const string ActionDone = "action.done";
    public const string ActionReopen = "action.reopen";
    public const string ActionRead = "action.read";
    public const string ProcedureWrite = "procedure.write";
    public const string ProcedureRead = "procedure.read";
    public const string ApplianceStart = "system.start";
    public const string DemoSeeded = "system.demo-seeded";
    public const string Backup = "system.backup";
    public const string AuditVerify = "audit.verify";
}
