namespace WhaiNot.Domain.Texts;

/// <summary>What the rules of appointments and actions say to a worker when they refuse (Dutch, B1).</summary>
public static class DayTexts
{
    public const string PlaceRequired = "Geef een plaats op, of kies 'telefonisch'.";
    public const string TelephoneIsNoHomeVisit = "Een telefonisch gesprek is geen huisbezoek. Kies het een of het ander.";
    public const string AppointmentAlreadyHeld = "Het gesprek van deze afspraak is al gestart. Een afspraak die al plaatsvond, verplaatst u niet meer. Maak een nieuwe afspraak.";
    public const string AppointmentAlreadyStarted = "Vanuit deze afspraak is het gesprek al gestart. Ga verder in dat gesprek.";
    public const string AppointmentLinkedElsewhere = "Vanuit deze afspraak is al een ander gesprek gestart.";
    public const string ActionWhatRequired = "Schrijf wat er moet gebeuren.";
    public const string ActionAlreadyDone = "Deze actie is al afgevinkt.";
    public const string ActionStillOpen = "Deze actie staat nog open.";
    public const string ReportNotValidated = "Acties overnemen kan alleen uit een gevalideerd verslag.";
    public const string NotAnAgreement = "Alleen zinnen uit de afspraken van dit gevalideerde verslag kunnen een actie worden.";
    public const string SentenceNotFound = "Deze zin staat niet in het verslag.";
    public const string AppointmentNotFound = "Deze afspraak bestaat niet.";
    public const string ActionNotFound = "Deze actie bestaat niet.";
    public const string ReportNotFound = "Dit verslag bestaat niet.";
    public const string UserNotFound = "Deze gebruiker bestaat niet.";
    public const string DayForbidden = "U kunt alleen uw eigen dagoverzicht zien. Een teamverantwoordelijke ziet ook dat van de werkers van het team.";
    public const string WorkerNotInTeam = "De afspraak is voor een maatschappelijk werker of teamverantwoordelijke van het team van dit dossier.";
    public const string AlreadyTakenOver = "Van deze afspraak is al een actie gemaakt.";

    public static string PlaceTooLong(int max) => $"De plaats mag hoogstens {max} tekens lang zijn.";

    public static string ActionWhatTooLong(int max) => $"Een actie mag hoogstens {max} tekens lang zijn.";
}
