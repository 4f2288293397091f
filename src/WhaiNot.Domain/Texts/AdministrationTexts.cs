namespace WhaiNot.Domain.Texts;

/// <summary>What the box says when the non-content roles' work is refused (Dutch, B1): accounts, audit filters, OCMW profile.</summary>
public static class AdministrationTexts
{
    public const string OwnAccount = "U kunt uw eigen account niet uitschakelen. Vraag het aan een andere functioneel beheerder.";
    public const string LastFunctionalAdmin = "Dit is de laatste actieve functioneel beheerder. Maak eerst een andere functioneel beheerder aan; anders kan niemand nog accounts beheren.";
    public const string AuditAction = "Een actie bestaat uit kleine letters, cijfers, punten en streepjes, bijvoorbeeld dossier.read.";
    public const string AuditActor = "Een gebruikersnaam heeft geen spaties en is hoogstens 64 tekens lang.";
    public const string AuditPeriod = "Geef de periode als JJJJ-MM-DD, met de einddatum niet vóór de begindatum.";
    public const string OcmwProfileMissing = "Het OCMW-profiel is nog niet ingevuld (naam, adres, contact van de DPO en voor klachten). Vraag de functioneel beheerder om het in te vullen bij Beheer. Daarna kunt u verslagen en brieven downloaden.";
    public const string OcmwProfileFields = "Vul de naam, het adres, het contact van de DPO en het contact voor klachten in.";
    public const string OcmwProfileTooLong = "Een veld van het OCMW-profiel is te lang (naam hoogstens 200 tekens, de andere velden hoogstens 500).";
    public const string LogoType = "Het logo moet een PNG- of JPEG-bestand zijn.";
    public const string LogoBase64 = "Het logo is niet leesbaar: stuur het als base64.";

    public static string AuditLimit(int max) => $"limit moet tussen 1 en {max} liggen.";

    public static string LogoTooLarge(int maxKiB) => $"Het logo is te groot: hoogstens {maxKiB} kB.";
}
