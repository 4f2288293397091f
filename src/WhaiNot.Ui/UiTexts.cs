using WhaiNot.Domain.Accounts;

namespace WhaiNot.Ui;

/// <summary>
/// Every text the web app shows, in Dutch (nl-BE, plain B1, neutral), in one place: a change of
/// wording is made here, never in a page. Texts that the rules themselves give (refusals) come
/// from the domain and are shown as they are.
/// </summary>
public static class UiTexts
{
    public const string AppName = "WhaiNot";

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-BE");
    public const string SkipToContent = "Naar de inhoud";
    public const string MainMenu = "Hoofdmenu";
    public const string SignedInAs = "Aangemeld als";
    public const string Loading = "Even geduld…";
    public const string Back = "Terug";
    public const string Save = "Bewaren";
    public const string Cancel = "Annuleren";
    public const string Yes = "Ja";
    public const string No = "Nee";
    public const string None = "Geen";

    public static class Menu
    {
        public const string Day = "Dagoverzicht";
        public const string Dossiers = "Dossiers";
        public const string Team = "Team";
        public const string Privacy = "Privacy en audit";
        public const string Governance = "Gegevensbeheer";
        public const string Administration = "Beheer";
        public const string System = "Systeem";
        public const string SignOut = "Afmelden";
    }

    public static class Roles
    {
        public static string Of(Role role) => role switch
        {
            Role.Worker => "maatschappelijk werker",
            Role.TeamLead => "teamverantwoordelijke",
            Role.FunctionalAdmin => "functioneel beheerder",
            Role.Dpo => "functionaris voor gegevensbescherming",
            Role.ItAdmin => "IT-beheerder",
            _ => role.ToString(),
        };
    }

    public static class SignIn
    {
        public const string Title = "Aanmelden";
        public const string Intro = "Meld u aan met de gebruikersnaam en het wachtwoord die u van de beheerder kreeg.";
        public const string Username = "Gebruikersnaam";
        public const string Password = "Wachtwoord";
        public const string Submit = "Aanmelden";
        public const string Missing = "Vul uw gebruikersnaam en wachtwoord in.";
        public const string SignedOut = "U bent afgemeld.";
        public const string Idle = "U bent afgemeld omdat u een tijd niets deed. Meld opnieuw aan.";
        public const string Expired = "Uw sessie is afgelopen. Meld opnieuw aan.";
    }

    public static class Errors
    {
        public const string Title = "Dit kan niet";
        public const string NotFoundTitle = "Pagina niet gevonden";
        public const string NotFound = "Deze pagina bestaat niet.";
        public const string NotAllowed = "U hebt geen toegang tot deze pagina.";
        public const string Unexpected = "Er liep iets mis. Probeer het opnieuw; blijft het fout gaan, meld het dan aan de IT-beheerder.";
        public const string ToHome = "Naar de startpagina";
        public const string Reconnecting = "De verbinding met de box is weg. We proberen opnieuw te verbinden…";
        public const string Reconnect = "Opnieuw verbinden";
    }

    public static class Day
    {
        public const string Title = "Dagoverzicht";
        public const string Appointments = "Gesprekken vandaag";
        public const string NoAppointments = "Geen geplande gesprekken vandaag.";
        public const string ReportsWaiting = "Verslagen die wachten op validatie";
        public const string NoReportsWaiting = "Geen verslagen die wachten.";
        public const string Actions = "Open acties";
        public const string NoActions = "Geen open acties.";
        public const string Terms = "Wettelijke termijnen";
        public const string NoTerms = "Geen termijnen die binnenkort aflopen.";
        public const string Recent = "Recent afgesloten gesprekken";
        public const string NoRecent = "Geen gesprekken in de voorbije dagen.";
        public const string Late = "te laat";
        public const string ByTelephone = "telefonisch";
        public const string HomeVisit = "huisbezoek";
        public const string Start = "Gesprek starten";
        public const string Open = "Openen";
        public const string DraftStarted = "ontwerp begonnen";
        public const string TranscriptDestroyed = "opname en tekst vernietigd na intrekking";
        public const string Validated = "verslag gevalideerd";

        public static string ActionWho(WhaiNot.Domain.Day.ActionActor who) => who switch
        {
            WhaiNot.Domain.Day.ActionActor.Worker => "werker",
            WhaiNot.Domain.Day.ActionActor.Client => "cliënt",
            _ => "derde",
        };

        public static string Overdue(int days) => days == 0 ? "vandaag" : DaysLeft(-days);

        public static string DaysLeft(int days) => days switch
        {
            < 0 => $"{-days} {(days == -1 ? "dag" : "dagen")} te laat",
            0 => "vandaag",
            1 => "nog 1 dag",
            _ => $"nog {days} dagen",
        };
    }

    public static class Team
    {
        public const string Title = "Team";
        public const string Period = "Periode";
        public const string From = "Van";
        public const string To = "Tot en met";
        public const string Show = "Toon";
        public const string BadPeriod = "Kies een begindatum en een einddatum. De einddatum ligt niet vóór de begindatum.";
        public const string Parity = "Gelijke behandeling: met en zonder AI";
        public const string ParityIntro = "Krijgen cliënten die nee zeggen tegen opname even snel een verslag? Hier ziet u het per weg.";
        public const string PathAi = "Met AI";
        public const string PathAlternative = "Zonder AI";
        public const string Conversations = "Gesprekken";
        public const string Validated = "Gevalideerd";
        public const string Open = "Nog open";
        public const string Median = "Mediaan tot validatie";
        public const string Percentile90 = "90% gevalideerd binnen";
        public const string OnTime = "Op tijd";
        public const string Late = "Te laat";
        public const string OnTimeShare = "Aandeel op tijd";
        public const string NoSignals = "Geen verschillen die aandacht vragen.";
        public const string Figures = "Cijfers over de verslagen";
        public const string FiguresIntro = "Alleen getallen, geen inhoud.";
        public const string ValidatedReports = "Gevalideerde verslagen";
        public const string MedianEditRatio = "Mediaan aangepast deel (AI-ontwerpen)";
        public const string UnsupportedShare = "Zinnen zonder steun in het gesprek (AI-ontwerpen)";
        public const string HoursAi = "Mediaan uren tot validatie, met AI";
        public const string HoursAlternative = "Mediaan uren tot validatie, zonder AI";
        public const string OpenReports = "Verslagen die wachten op validatie";
        public const string NoOpenReports = "Er wachten geen verslagen in uw team.";
        public const string Dossier = "Dossier";
        public const string Worker = "Maatschappelijk werker";
        public const string EndedAt = "Gesprek afgesloten";
        public const string Deadline = "Termijn";
        public const string NotAvailable = "–";
        public const string LegalHoldHint = "Een wettelijke bewaarplicht zet u in het dossier zelf (knop \"Bewaarplicht instellen\").";

        public static string Duration(TimeSpan? span) => span is { } s ? (s.TotalHours < 48 ? $"{Math.Round(s.TotalHours):0} uur" : $"{Math.Round(s.TotalDays):0} dagen") : NotAvailable;

        public static string Percent(double? share) => share is { } v ? $"{Math.Round(v * 100):0}%" : NotAvailable;

        public static string Hours(double? hours) => hours is { } h ? h.ToString("0.#", Dutch) + " uur" : NotAvailable;
    }

    public static class Privacy
    {
        public const string Title = "Privacy en audit";
        public const string Consent = "Toestemming in cijfers";
        public const string ConsentIntro = "Hoe vaak cliënten ja zeggen, per vraag. Alleen aantallen, geen dossiers.";
        public const string Decisions = "Gesprekken met een keuze";
        public const string Recording = "Opname";
        public const string Transcription = "Geschreven tekst";
        public const string Ai = "AI-ontwerp";
        public const string Revocations = "Intrekkingen";
        public const string Audit = "Auditlog";
        public const string AuditIntro = "Wie deed wat, wanneer, met welk kenmerk. De inhoud van dossiers staat nooit in het auditlog. Ook dit opzoeken komt in het auditlog.";
        public const string Action = "Actie";
        public const string Actor = "Gebruiker";
        public const string From = "Van";
        public const string To = "Tot en met";
        public const string Search = "Zoeken";
        public const string Clear = "Alles tonen";
        public const string When = "Wanneer";
        public const string Target = "Kenmerk";
        public const string Outcome = "Resultaat";
        public const string Sequence = "Nr.";
        public const string NoEntries = "Geen regels gevonden voor deze filter.";
        public const string Next = "Volgende pagina";
        public const string First = "Eerste pagina";
        public const string Verify = "Keten controleren";
        public const string Intact = "De keten is intact: niets is gewijzigd of verwijderd.";
        public const string AnyAction = "Alle acties";

        public static string Checked(long entries) => $"{entries} regels nagekeken.";

        public static string Broken(long? sequence, string? problem) => $"De keten is gebroken bij regel {sequence}: {problem}";

        public static string Rate(int count, double? rate) => rate is { } r ? $"{count} ({Math.Round(r * 100):0}%)" : $"{count}";
    }

    public static class Governance
    {
        public const string Title = "Gegevensbeheer";
        public const string Intro = "Hoe lang de box gegevens bewaart, wat er met AI gebeurt en of de cijfers binnen de grenzen blijven. Alleen kenmerken en aantallen, geen inhoud.";
        public const string Schedule = "Bewaartermijnen";
        public const string ScheduleIntro = "Zo staan de termijnen ingesteld. Een wijziging gebeurt in de instellingen van de box.";
        public const string AudioMaxDays = "Opname, tekst en ontwerpen zonder gevalideerd verslag";
        public const string WarningDays = "Waarschuwing vooraf";
        public const string KeepCitedFragments = "Fragmenten die een verslag aanhaalt";
        public const string ReportYears = "Gevalideerde verslagen";
        public const string AiLogMonths = "AI-logboek";
        public const string LastRun = "Laatste dagelijkse opkuis";
        public const string NeverRun = "Nog niet uitgevoerd.";
        public const string Keep = "blijven bij het verslag";
        public const string Drop = "worden mee gewist";
        public const string ReportsDue = "Verslagen waarvan de termijn voorbij is";
        public const string ReportsDueIntro = "Een gevalideerd verslag wordt pas gewist als u dat bevestigt.";
        public const string NoReportsDue = "Er wachten geen verslagen op uw bevestiging.";
        public const string Report = "Verslag";
        public const string Dossier = "Dossier";
        public const string ValidatedAt = "Gevalideerd op";
        public const string DueAt = "Termijn voorbij op";
        public const string LegalHold = "Wettelijke bewaarplicht";
        public const string Delete = "Wissen";
        public const string ConfirmDelete = "Ja, definitief wissen";
        public const string Action = "Actie";
        public const string PeriodHint = "Kies de periode voor de kerncijfers en het AI-logboek.";

        public static string ConfirmQuestion(string report) => $"Verslag {report} en al zijn versies worden definitief gewist. Dat kan niet ongedaan gemaakt worden. Bent u zeker?";
        public const string AiLog = "AI-logboek";
        public const string AiLogIntro = "Elk ontwerp dat een engine maakte: wanneer, met welk model en sjabloon, en wat ermee gebeurde. Geen inhoud. Elke keer dat u dit opent of downloadt, komt in het auditlog.";
        public const string NoAiLog = "Geen AI-ontwerpen in deze periode.";
        public const string DownloadCsv = "Download als CSV";
        public const string DownloadJson = "Download als JSON";
        public const string CreatedAt = "Gemaakt op";
        public const string CreatedBy = "Door";
        public const string Engine = "Engine";
        public const string Template = "Sjabloon";
        public const string Outcome = "Resultaat";
        public const string EditRatio = "Aangepast deel";
        public const string Flag = "Incident";
        public const string Register = "AI-register";
        public const string RegisterIntro = "Welke engine, welk model en welk sjabloon in gebruik waren, en van wanneer tot wanneer.";
        public const string NoRegister = "Nog geen ontwerp door een engine gemaakt.";
        public const string Model = "Model";
        public const string FirstUsed = "Eerst gebruikt";
        public const string LastUsed = "Laatst gebruikt";
        public const string Drafts = "Ontwerpen";
        public const string Pack = "DPIA en register";
        public const string PackIntro = "Een Word-document met de feiten van deze box, als invoer voor de DPIA, de FRIA en het verwerkingsregister. Het vervangt die beoordelingen niet.";
        public const string PackDownload = "DPIA-invoer downloaden";
        public const string KpisAll = "Kerncijfers van alle teams";
        public const string ShowingEntries = "Toont de eerste 50 regels. De download bevat alles.";

        public static string Days(int days) => days == 1 ? "1 dag" : $"{days} dagen";

        public static string Months(int months) => months == 1 ? "1 maand" : $"{months} maanden";

        public static string Years(int years) => years == 1 ? "1 jaar" : $"{years} jaar";

        public static string AudioTerm(int days) => $"gewist na validatie, uiterlijk {Days(days)} na het gesprek";

        public static string ReportTerm(int years) => $"{Years(years)} na validatie, daarna wissen na uw bevestiging";

        public static string AiLogTerm(int months) => $"{Months(months)} bewaard";

        public static string PendingDeletions(int count) => $"{count} wissing(en) onderbroken; de volgende opkuis maakt ze af.";

        public static string Deleted(int versions) => versions == 1 ? "Het verslag is gewist (1 versie)." : $"Het verslag is gewist ({versions} versies).";

        public static string OutcomeOf(string outcome) => outcome switch
        {
            "pending" => "nog open",
            "validated" => "gevalideerd",
            "discarded" => "weggegooid",
            _ => outcome,
        };
    }

    public static class Kpis
    {
        public const string Title = "Kerncijfers met stopgrenzen";
        public const string Intro = "Komt een cijfer over zijn grens, dan staat het in het rood. Dat is een stop-signaal: bespreek het met het team en de DPO. De box stopt niets vanzelf.";
        public const string Kpi = "Cijfer";
        public const string Value = "Waarde";
        public const string Threshold = "Grens";
        public const string Basis = "Op basis van";
        public const string Signal = "Signaal";
        public const string Ok = "binnen de grens";
        public const string StopSignal = "stop-signaal";
        public const string NoSignals = "Geen stop-signalen in deze periode.";

        public static string Period(string from, string to) => $"Periode: {from} tot en met {to}.";

        /// <summary>The threshold in the KPI's own unit: hours, a count, or a share.</summary>
        public static string ThresholdOf(WhaiNot.Domain.Kpis.Kpi kpi) => kpi.Id switch
        {
            _ when kpi.Id.StartsWith("time-", StringComparison.Ordinal) => kpi.Threshold.ToString("0.#", Dutch) + " uur",
            "parity-signals" or "incidents" => kpi.Threshold.ToString("0", Dutch),
            _ => (kpi.Threshold * 100).ToString("0.#", Dutch) + "%",
        };
    }

    public static class RetentionWarnings
    {
        public const string Title = "Gegevens die binnenkort gewist worden";
        public const string None = "Geen gesprekken waarvan de opname binnenkort gewist wordt.";
    }

    public static class ClientExport
    {
        public const string Title = "Inzage voor de cliënt";
        public const string Intro = "Vraagt de cliënt om alles wat de box over hem of haar bewaart? Kies hoe de vraag binnenkwam en maak het pakket (zip met een overzicht als PDF). Dit komt in het auditlog.";
        public const string Channel = "Hoe vroeg de cliënt het?";
        public const string Make = "Inzage-pakket maken";
        public const string ChooseChannel = "Kies eerst hoe de cliënt het vroeg.";
    }

    public static class Admin
    {
        public const string Title = "Beheer";
        public const string Users = "Gebruikers";
        public const string Username = "Gebruikersnaam";
        public const string DisplayName = "Naam";
        public const string Role = "Rol";
        public const string Team = "Team";
        public const string State = "Toestand";
        public const string Active = "actief";
        public const string Disabled = "uitgeschakeld";
        public const string Locked = "geblokkeerd";
        public const string Disable = "Uitschakelen";
        public const string Reset = "Nieuw wachtwoord";
        public const string AddUser = "Gebruiker toevoegen";
        public const string NoTeam = "(geen team)";
        public const string TeamHint = "Een maatschappelijk werker en een teamverantwoordelijke horen bij een team; de andere rollen niet.";
        public const string OneTimeTitle = "Eenmalig wachtwoord";
        public const string OneTimeIntro = "Geef dit wachtwoord veilig door. Het staat nergens anders en verdwijnt als u deze melding sluit.";
        public const string OneTimeClose = "Ik heb het wachtwoord doorgegeven";
        public const string Teams = "Teams";
        public const string TeamName = "Naam van het team";
        public const string AddTeam = "Team toevoegen";
        public const string NoTeams = "Er zijn nog geen teams.";
        public const string Templates = "Sjablonen voor verslagen";
        public const string TemplatesIntro = "Elke versie blijft bewaard. Een nieuwe versie voegt u toe; een bestaande versie wijzigt nooit.";
        public const string TemplateId = "Sjabloon";
        public const string TemplateVersion = "Versie";
        public const string TemplateTitle = "Titel";
        public const string AddedBy = "Toegevoegd door";
        public const string View = "Bekijken";
        public const string Hide = "Verbergen";
        public const string Sections = "Delen";
        public const string Required = "verplicht";
        public const string HumanOnly = "alleen door de werker";
        public const string NewTemplate = "Nieuwe versie toevoegen";
        public const string TemplateJson = "Definitie van het sjabloon (JSON)";
        public const string AddTemplate = "Versie toevoegen";
        public const string Profile = "OCMW-profiel";
        public const string ProfileIntro = "Deze gegevens staan in de hoofding van verslagen en in de brief na een intrekking.";
        public const string ProfileMissing = "Het profiel is nog niet ingevuld. Zolang het leeg is, kan niemand verslagen of brieven downloaden.";
        public const string OcmwName = "Naam van het OCMW";
        public const string Address = "Adres";
        public const string DpoContact = "Contact van de functionaris voor gegevensbescherming (DPO)";
        public const string ComplaintContact = "Contact voor klachten";
        public const string Logo = "Logo (PNG of JPEG, hoogstens 256 kB)";
        public const string RemoveLogo = "Logo verwijderen";
        public const string LogoAlt = "Logo van het OCMW";
        public const string SaveProfile = "Profiel bewaren";
        public const string ProfileSaved = "Het profiel is bewaard.";
        public const string LogoUnreadable = "Het logo kon niet gelezen worden. Kies een PNG- of JPEG-bestand van hoogstens 256 kB.";

        public static string TeamAdded(string name) => $"Team '{name}' is toegevoegd.";

        public static string TemplateAdded(string id, string version) => $"Versie {version} van sjabloon '{id}' is toegevoegd.";

        public static string PasswordFor(string username) => $"Wachtwoord voor {username}:";

        public static string DisabledDone(string username) => $"Het account {username} is uitgeschakeld. Open sessies stoppen meteen.";
    }

    public static class SystemScreen
    {
        public const string Title = "Systeem";
        public const string Version = "Versie";
        public const string DataFolder = "Gegevensmap";
        public const string FreeDisk = "Vrije schijfruimte";
        public const string Certificate = "Servercertificaat geldig tot";
        public const string Thumbprint = "Vingerafdruk";
        public const string Engines = "Spraak- en taalmodellen";
        public const string Runtime = "Rekenwijze";
        public const string RuntimeCuda = "GPU (CUDA), met de CPU als reserve";
        public const string RuntimeCpu = "alleen CPU";
        public const string SpeechOn = "Spraakmodel draait op";
        public const string NotLoaded = "nog niet geladen (laadt bij het eerste gesprek)";
        public const string Counts = "Aantallen";
        public const string Users = "Gebruikers";
        public const string Dossiers = "Dossiers";
        public const string AuditEntries = "Regels in het auditlog";
        public const string CaTitle = "De box vertrouwen op de pc's";
        public const string CaIntro = "De box maakt zijn eigen certificaat. Zodat de browser de box vertrouwt, installeert u één keer het basiscertificaat van de box op elke pc.";
        public const string CaDownload = "Basiscertificaat downloaden (ca.crt)";
        public const string CaStep1 = "Download het basiscertificaat hierboven.";
        public const string CaStep2 = "Op één pc: druk op Windows-toets + R, typ certmgr.msc en druk op Enter.";
        public const string CaStep3 = "Klik met de rechtermuisknop op \"Vertrouwde basiscertificeringsinstanties\" en kies \"Alle taken\" en dan \"Importeren\".";
        public const string CaStep4 = "Kies het bestand ca.crt en rond de wizard af. Herstart de browser.";
        public const string CaGpo = "Voor alle pc's samen: zet het certificaat in een groepsbeleid (GPO) onder Computerconfiguratie > Beleid > Windows-instellingen > Beveiligingsinstellingen > Beleid voor openbare sleutels > Vertrouwde basiscertificeringsinstanties.";

        public static string CertificateWarning(int days) => days < 0
            ? "Het servercertificaat is verlopen. Herstart de box: hij maakt dan een nieuw certificaat."
            : $"Het servercertificaat verloopt binnen {days} dagen. Herstart de box: hij vernieuwt het certificaat vanaf 30 dagen voor het einde.";

        public static string Bytes(long bytes) => bytes >= 1L << 30
            ? (bytes / (double)(1L << 30)).ToString("0.#", Dutch) + " GB"
            : (bytes / (double)(1L << 20)).ToString("0", Dutch) + " MB";
    }

    public static class Dossiers
    {
        public const string Title = "Dossiers";
        public const string New = "Nieuw dossier";
        public const string Reference = "Dossiernummer";
        public const string Client = "Cliënt";
        public const string NationalNumber = "Rijksregisternummer";
        public const string BirthDate = "Geboortedatum";
        public const string Opened = "Geopend op";
        public const string Empty = "Uw team heeft nog geen dossiers.";
        public const string Open = "Dossier openen";
        public const string ShowNationalNumber = "Toon rijksregisternummer";
        public const string NationalNumberRevealNote = "Het tonen wordt bijgehouden in het auditlog.";
        public const string Conversations = "Gesprekken";
        public const string NoConversations = "Nog geen gesprekken in dit dossier.";
        public const string StartConversation = "Nieuw gesprek starten";
        public const string StartDictation = "Dictaat";
        public const string StartDictationHint = "Spreek na een contact zelf een verslag in, zonder de cliënt erbij. Ook hiervoor geldt de toestemming van de cliënt.";
        public const string Reports = "Verslagen";
        public const string NoReports = "Nog geen verslagen.";
        public const string LegalHold = "Wettelijke bewaarplicht";
        public const string LegalHoldOn = "Dit dossier valt onder een wettelijke bewaarplicht: een intrekking stopt de verwerking, maar vernietigt niets.";
        public const string SetLegalHold = "Bewaarplicht instellen";
        public const string LiftLegalHold = "Bewaarplicht opheffen";
        public const string Revoke = "Toestemming intrekken";
    }

    public static class Conversations
    {
        public const string Conversation = "Gesprek";
        public const string Started = "Gestart";
        public const string Ended = "Afgesloten";
        public const string Running = "loopt";
        public const string ReportDue = "Verslag tegen";
        public const string ReportValidated = "Verslag gevalideerd";
        public const string ConsentNone = "nog geen keuze";
        public const string ConsentRecording = "opname";
        public const string ConsentTranscription = "transcriptie";
        public const string ConsentAi = "AI-verslag";
        public const string ConsentRefused = "zonder opname";
        public const string ConsentRevoked = "ingetrokken";
        public const string Consent = "Toestemming";
        public const string Record = "Naar de opname";
        public const string WriteReport = "Verslag maken";
        public const string Notes = "Eigen notities";
        public const string End = "Gesprek afsluiten";
    }

    /// <summary>The client's consent screen: the text of the OCMW's consent form (per conversation), read together with the client.</summary>
    public static class Consent
    {
        public const string Title = "Mag ik dit gesprek opnemen?";
        public const string Intro = "Ik wil ons gesprek graag opnemen. Een computerprogramma met artificiële intelligentie (AI) maakt van de opname een geschreven tekst. Daarna maakt het een eerste versie van het verslag. Ik lees alles na en verbeter wat nodig is. Ik beslis wat in het verslag komt. De computer beslist nooit over uw hulp. Dat doen altijd mensen.";
        public const string UseTitle = "Wat gebeurt er met de opname?";
        public const string Use1 = "We gebruiken ze alleen om het verslag van dit gesprek te maken.";
        public const string Use2 = "Ze blijft beveiligd bij het OCMW. Alleen ik kan ze horen, tenzij de wet iets anders verplicht. Ik heb beroepsgeheim.";
        public const string Use3 = "We gebruiken ze niet om de computer iets aan te leren.";
        public const string Use4 = "We wissen de opname zodra het verslag klaar is.";
        public const string GuaranteesTitle = "Wij beloven u drie dingen:";
        public const string Guarantee1 = "U krijgt dezelfde hulp, of u nu ja of nee zegt.";
        public const string Guarantee2 = "Zegt u nee? Dan maak ik het verslag zoals vroeger, zonder opname. Dat heeft geen nadeel voor u en u wacht niet langer.";
        public const string Guarantee3 = "U mag altijd van gedachten veranderen. Zeg het mij, of laat het weten via telefoon, e-mail of een brief. U hoeft niet te zeggen waarom. We stoppen dan meteen.";
        public const string OnlyThisConversation = "Deze toestemming geldt alleen voor dit gesprek.";
        public const string ScopesLegend = "Wat mag?";
        public const string Recording = "Het gesprek opnemen";
        public const string Transcription = "Van de opname een geschreven tekst maken";
        public const string Ai = "Met de computer een eerste versie van het verslag maken";
        public const string Confirm = "Verder met deze keuze";
        public const string WithoutRecording = "Verder zonder opname";
        public const string ChooseEach = "Kies bij elke vraag ja of nee.";
    }

    public static class Recording
    {
        public const string Title = "Opname";
        public const string Microphone = "Microfoon";
        public const string DefaultMicrophone = "Standaardmicrofoon";
        public const string Level = "Geluidsniveau";
        public const string Start = "Opname starten";
        public const string Pause = "Pauzeren";
        public const string Resume = "Verder opnemen";
        public const string StopAndEnd = "Stoppen en gesprek afsluiten";
        public const string Transcript = "Tekst van het gesprek";
        public const string NoTranscript = "De tekst verschijnt hier zodra er gesproken wordt.";
        public const string NoTranscriptionConsent = "Zonder toestemming voor transcriptie maakt de box geen tekst; de opname wordt wel bewaard.";
        public const string AllStored = "Alles bewaard op de box.";
        public const string Offline = "Geen verbinding — de opname loopt door en wordt later verstuurd.";
        public const string Waiting = "Nog niet alles is op de box";
        public const string Paused = "Gepauzeerd";
        public const string Idle = "Klaar om op te nemen";
        public const string Connecting = "Verbinden met de box…";
        public const string Stopped = "De opname is gestopt.";
        public const string NoRecordingConsent = "Zonder toestemming voor de opname kan er niet opgenomen worden. Gebruik eigen notities en een eigen verslag.";
        public const string Speaker = "Spreker";
        public const string Worker = "werker";
        public const string Client = "cliënt";
        public const string Other = "ander";
        public const string Unknown = "onbekend";
        public const string Provisional = "voorlopig";

        public static string Lag(double seconds) => $"De tekst loopt {Math.Round(seconds):0} seconden achter.";

        public static string Pending(int chunks) => $"{Waiting} ({chunks} {(chunks == 1 ? "stukje" : "stukjes")} wacht).";
    }

    /// <summary>The voice-profile screen (/stemprofiel): its own menu entry too, to keep menu changes apart.</summary>
    public static class VoiceProfile
    {
        public const string Menu = "Stemprofiel";
        public const string Title = "Stemprofiel";
        public const string WhatTitle = "Waarvoor dient het?";
        public const string What = "Met een stemprofiel herkent de box beter wie er spreekt in uw gesprekken: u of de cliënt. Zo komt in het verslag niet per ongeluk iets van de cliënt op uw naam te staan.";
        public const string Kept = "De box bewaart alleen 38 getallen over uw stem. De opname zelf wordt nooit bewaard.";
        public const string UsedFor = "Het profiel wordt alleen gebruikt in uw eigen gesprekken. Niemand anders kan het zien of gebruiken.";
        public const string Optional = "Een stemprofiel is niet verplicht. U kunt het altijd wissen.";
        public const string StateTitle = "Uw stemprofiel";
        public const string None = "U hebt nog geen stemprofiel.";
        public const string ReadTitle = "Tekst om voor te lezen";
        public const string ReadIntro = "Klik op \"Opname starten\" en lees deze tekst rustig en hardop voor, in uw gewone stem. De opname stopt vanzelf na 30 seconden.";

        public const string ReadAloud = "Vandaag is het een gewone dag. Ik sta op, drink een kop koffie en kijk even naar buiten. " +
            "Het waait een beetje, maar de zon komt al door de wolken. Ik neem de fiets naar het werk en rij langs het park en de bakker. " +
            "Op het werk zeg ik goedemorgen tegen mijn collega's. We bespreken kort de planning van de week. " +
            "Daarna begin ik aan mijn eerste taak. Tussen de middag eet ik een boterham en maak ik een korte wandeling.";

        public const string Start = "Opname starten";
        public const string Stop = "Stoppen";
        public const string Again = "Opnieuw opnemen";
        public const string Timer = "Opnametijd";
        public const string Level = "Geluidsniveau";
        public const string Recording = "De opname loopt. Lees de tekst voor.";
        public const string Saving = "Het stemprofiel wordt gemaakt…";
        public const string Saved = "Uw stemprofiel is bewaard.";
        public const string Replaces = "Een nieuwe opname vervangt uw huidige stemprofiel.";
        public const string Delete = "Stemprofiel wissen";
        public const string DeleteQuestion = "Wilt u uw stemprofiel echt wissen? De box herkent uw stem dan niet meer tot u een nieuw profiel maakt.";
        public const string DeleteConfirm = "Ja, wissen";
        public const string Deleted = "Uw stemprofiel is gewist.";

        public static string Since(string when) => $"U hebt een stemprofiel sinds {when}.";

        public static string Elapsed(double seconds, double max) => $"{UiFormat.Clock(seconds)} van {UiFormat.Clock(max)}";
    }

    public static class Reports
    {
        public const string NewTitle = "Verslag maken";
        public const string Template = "Sjabloon";
        public const string Engine = "Hoe";
        public const string EngineExtractive = "Ontwerp uit het gesprek (zinnen uit de tekst)";
        public const string EngineLlm = "Ontwerp door het taalmodel";
        public const string EngineManual = "Zelf schrijven (zonder computer)";
        public const string Make = "Verslag maken";
        public const string Writing = "De computer schrijft het ontwerp…";

        public static string WritingSection(int n, int of) => $"De computer schrijft deel {n} van {of}…";

        public const string NoAiConsent = "De cliënt gaf geen toestemming voor een AI-ontwerp. Schrijf het verslag zelf.";
        public const string Draft = "Ontwerp";
        public const string Validated = "Gevalideerd";
        public const string Version = "Versie";
        public const string Sources = "Bronnen";
        public const string PlaySource = "Speel dit fragment af";
        public const string Unsupported = "Steunt niet op het gesprek";
        public const string WorkerOnly = "Dit deel schrijft alleen de maatschappelijk werker.";
        public const string AddSentence = "Zin toevoegen";
        public const string RemoveSentence = "Zin schrappen";
        public const string NotApplicable = "Niet van toepassing (niets over te zeggen)";
        public const string NotApplicableDone = "Niet van toepassing.";
        public const string SentenceLabel = "Zin";
        public const string SaveDraft = "Wijzigingen bewaren";
        public const string Saved = "Bewaard en opnieuw nagekeken.";
        public const string Validate = "Valideren";
        public const string ValidateBlocked = "Valideren kan nog niet:";
        public const string ValidatedBy = "Gevalideerd door";
        public const string NewVersion = "Nieuwe versie";
        public const string ExportPdf = "PDF downloaden";
        public const string ExportDocx = "Word downloaden";
        public const string Transcript = "Tekst van het gesprek";
        public const string NoTranscript = "Van dit gesprek is er geen tekst: er was geen opname of geen toestemming voor transcriptie, of de tekst is al gewist.";
        public const string SourcesRemoved = "De bronnen zijn verwijderd na de intrekking van de toestemming.";
        public const string AiStatement = "Verklaring over het gebruik van AI";
        public const string Unsaved = "Er zijn wijzigingen die nog niet bewaard zijn.";
    }

    public static class Revocation
    {
        public const string Title = "Toestemming intrekken";
        public const string Channel = "Hoe meldde de cliënt de intrekking?";
        public const string WhatHappens = "Wat er gebeurt";
        public const string Effect1 = "De intrekking geldt meteen, voor alle gesprekken van deze cliënt.";
        public const string Effect2 = "Opnames, teksten en ontwerpen die nog niet gevalideerd zijn, worden vernietigd.";
        public const string Effect3 = "Gevalideerde verslagen blijven bestaan; hun bronnen worden verwijderd.";
        public const string EffectHold = "Dit dossier valt onder een wettelijke bewaarplicht: de verwerking stopt, maar er wordt niets vernietigd.";
        public const string Confirm = "Intrekking bevestigen";
        public const string Done = "De toestemming is ingetrokken.";
        public const string Letter = "Bevestigingsbrief voor de cliënt";
        public const string LetterPdf = "Brief als PDF";
        public const string LetterDocx = "Brief als Word";

        public static string ChannelOf(WhaiNot.Domain.Conversations.RevocationChannel channel) => channel switch
        {
            WhaiNot.Domain.Conversations.RevocationChannel.Gesprek => "In een gesprek",
            WhaiNot.Domain.Conversations.RevocationChannel.Telefoon => "Via de telefoon",
            WhaiNot.Domain.Conversations.RevocationChannel.Email => "Via e-mail",
            WhaiNot.Domain.Conversations.RevocationChannel.Formulier => "Met een formulier of brief",
            _ => channel.ToString(),
        };

        public static string Shredded(int conversations) => conversations == 1 ? "1 gesprek is vernietigd." : $"{conversations} gesprekken zijn vernietigd.";
    }

    public static class Notes
    {
        public const string Title = "Eigen notities";
        public const string Intro = "Schrijf hier wat u wilt onthouden. Deze notities maken geen gebruik van de opname of de computer.";
        public const string Label = "Notities";
    }
}
