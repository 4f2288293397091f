namespace WhaiNot.Application.Governance;

/// <summary>
/// The fixed parts of the DPIA/FRIA input pack and the GDPR art. 30 register entry, in Dutch. The
/// facts (terms, figures, models, hashes) are filled in from the box itself; these texts describe
/// the processing as the box is built, and the questions the OCMW still has to answer.
/// </summary>
public static class GovernancePackTexts
{
    public const string Title = "DPIA- en FRIA-invoer en registerfiche";
    public const string Intro = "Dit document vult de box zelf in met zijn werkelijke instellingen en cijfers. Het is invoer voor de gegevensbeschermingseffectbeoordeling (DPIA, art. 35 AVG), de effectbeoordeling op grondrechten (FRIA, art. 27 AI-verordening) en het register van verwerkingsactiviteiten (art. 30 AVG). Het vervangt die beoordelingen niet.";
    public const string ProcessingName = "Opname en AI-ondersteunde verslaggeving van gesprekken in het sociaal onderzoek";

    public static readonly string[] Purposes =
    [
        "Met toestemming van de cliënt een gesprek opnemen en uitschrijven, zodat de maatschappelijk werker het verslag sneller en vollediger opstelt.",
        "Een ontwerp van verslag maken in een vast sjabloon, waarin elke zin verwijst naar het uitschrift. De maatschappelijk werker verbetert en valideert; pas dan is het een verslag.",
        "Zonder toestemming: hetzelfde verslag, zelf geschreven door de maatschappelijk werker (de cliënt mist niets).",
    ];

    public static readonly string[] LegalBases =
    [
        "Sociaal onderzoek en verslag: wettelijke verplichting of taak van algemeen belang (art. 6.1 c/e AVG; OCMW-wet, wet van 2/4/1965, RMI-wet); bijzondere categorieën: art. 9.2 b of h AVG.",
        "Opname, uitschrift en AI-hulp: toestemming per gesprek (art. 6.1 a en 9.2 a AVG), even makkelijk in te trekken als te geven (art. 7.3).",
    ];

    public static readonly string[] DataCategories =
    [
        "Identificatie: naam, rijksregisternummer, geboortedatum.",
        "Wat in het gesprek gezegd wordt: gezin, wonen, inkomen, werk, gezondheid (bijzondere categorie), schulden.",
        "Audio van het gesprek en het uitschrift (tijdelijk, zie bewaartermijnen).",
        "Het verslag, de toestemmingskeuzes, intrekkingen, notities van de medewerker.",
        "Gebruiksgegevens: auditlog (wie las of wijzigde wat) en AI-logboek (zonder inhoud).",
    ];

    public const string DataSubjects = "Cliënten van de sociale dienst (ook kwetsbare personen) en de medewerkers die de box gebruiken.";
    public const string Recipients = "Geen ontvangers buiten het OCMW. De box maakt zelf geen verbinding met internet; de leverancier heeft geen toegang; er is geen training op cliëntgegevens.";
    public const string ThirdCountries = "Geen doorgifte: alles blijft op de box in het gebouw.";

    public static readonly string[] Security =
    [
        "Versleuteling tijdens transport: alleen HTTPS, met een eigen certificaatautoriteit van de box.",
        "Versleuteling in rust: de databank is versleuteld met de hoofdsleutel; dossiergegevens en gevalideerde verslagen bovendien met een sleutel per dossier; audio, uitschrift en ontwerpen met een sleutel per gesprek (AES-GCM).",
        "Wissen door sleutelvernietiging (crypto-shredding): de gesprekssleutel wordt overschreven en verwijderd; een back-up bewaart de gesprekssleutels onder een eigen back-upsleutel, die de box na enkele dagen (standaard 7, hoogstens 30) vernietigt, zodat het gesprek dan ook in elke back-up onleesbaar is.",
        "Toegang per rol: alleen het eigen team ziet inhoud; DPO, functioneel beheerder en IT-beheerder zien geen inhoud (de DPO maakt wel het pakket voor een inzageverzoek).",
        "Auditlog met hash-keten: elke lezing en wijziging van een dossier, elke weigering; nakijkbaar met een controle op de keten.",
        "Geen uitgaand verkeer: firewallregels op de box blokkeren verbindingen naar buiten.",
        "Menselijk toezicht: een ontwerp wordt pas een verslag na validatie door een maatschappelijk werker; geen scores, geen aanbevelingen.",
    ];

    /// <summary>The open questions of the domain file (section 6), for the OCMW to answer.</summary>
    public static readonly string[] OpenQuestions =
    [
        "De Nederlandse tekst van art. 21 RMI-wet en de vorm van kennisgeving (aangetekend, ontvangstbewijs of gewone brief).",
        "Het huidige artikel over het beroepsgeheim van OCMW-personeel in Vlaanderen.",
        "De bewaartermijn voor sociale dossiers (selectieregel van het OCMW).",
        "Toezichthouder: VTC of GBA.",
        "Hoog-risico (bijlage III, 5a) of de uitzondering van art. 6.3? Is de Digital Omnibus gepubliceerd?",
        "Wat gebeurt er bij intrekking met al gevalideerde verslagen?",
    ];
}
