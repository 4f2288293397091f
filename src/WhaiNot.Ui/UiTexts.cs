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
        public const string ToHome = "Naar het dagoverzicht";
        public const string Reconnecting = "De verbinding met de box is weg. We proberen opnieuw te verbinden…";
        public const string Reconnect = "Opnieuw verbinden";
    }

    public static class Day
    {
        public const string Title = "Dagoverzicht";
        public const string NotForRole = "Het dagoverzicht is er voor maatschappelijk werkers en teamverantwoordelijken. De schermen voor uw rol komen in een volgende versie; tot dan werkt u via de beheeropdrachten (whainot) en de API.";
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
