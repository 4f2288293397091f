using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Refusals;

namespace WhaiNot.Domain.Tests.Conversations;

/// <summary>What a revocation does and refuses, decided by the domain alone.</summary>
public sealed class RevocationRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid Worker = Guid.NewGuid();

    [Fact]
    public void Revoke_TheFirstTime_ShouldTakeEffectNowForTheClientAndCarryTheLegalHold()
    {
        var dossier = Dossier(legalHold: true);

        var revocation = RevocationRules.Revoke(dossier, [Consented(dossier, Monday)], null, RevocationChannel.Telefoon, Monday.AddHours(2), Worker);

        Assert.Equal(dossier.ClientId, revocation.ClientId);
        Assert.Equal(dossier.Id, revocation.DossierId);
        Assert.Equal(Monday.AddHours(2), revocation.EffectiveAt);
        Assert.Equal(RevocationChannel.Telefoon, revocation.Channel);
        Assert.Equal(Worker, revocation.RecordedBy);
        Assert.True(revocation.LegalHold);
    }

    [Fact]
    public void Revoke_AgainWithoutNewConsent_ShouldRefuseAsConflictWithTheEarlierDate()
    {
        var dossier = Dossier();
        var previous = RevocationRules.Revoke(dossier, [Consented(dossier, Monday)], null, RevocationChannel.Gesprek, Monday.AddHours(1), Worker);

        var refusal = Assert.Throws<ConflictRefusal>(() => RevocationRules.Revoke(dossier, [Consented(dossier, Monday)], previous, RevocationChannel.Email, Monday.AddHours(3), Worker));

        Assert.Contains("23 november 2026", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("niets gewijzigd", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoke_AfterConsentWasGivenAgain_ShouldBeAllowed()
    {
        var dossier = Dossier();
        var previous = RevocationRules.Revoke(dossier, [Consented(dossier, Monday)], null, RevocationChannel.Gesprek, Monday.AddHours(1), Worker);

        var again = RevocationRules.Revoke(dossier, [Consented(dossier, Monday), Consented(dossier, Monday.AddDays(2))], previous, RevocationChannel.Formulier, Monday.AddDays(3), Worker);

        Assert.NotEqual(previous.Id, again.Id);
    }

    [Fact]
    public void ToShred_ShouldTakeEveryConversationThatStillHasKeys()
    {
        var dossier = Dossier();
        var withKeys = Consented(dossier, Monday);
        var alreadyShredded = Consented(dossier, Monday.AddDays(-30));
        var revocation = RevocationRules.Revoke(dossier, [withKeys, alreadyShredded], null, RevocationChannel.Gesprek, Monday.AddHours(1), Worker);

        var shred = RevocationRules.ToShred(revocation, [withKeys, alreadyShredded], id => id == withKeys.Id);

        Assert.Equal([withKeys.Id], shred.Select(c => c.Id));
    }

    [Fact]
    public void ToShred_UnderLegalHold_ShouldDestroyNothing()
    {
        var dossier = Dossier(legalHold: true);
        var conversation = Consented(dossier, Monday);
        var revocation = RevocationRules.Revoke(dossier, [conversation], null, RevocationChannel.Gesprek, Monday.AddHours(1), Worker);

        Assert.Empty(RevocationRules.ToShred(revocation, [conversation], _ => true));
    }

    [Theory]
    [InlineData(Role.Worker)]
    [InlineData(Role.FunctionalAdmin)]
    [InlineData(Role.Dpo)]
    [InlineData(Role.ItAdmin)]
    public void EnsureMaySetLegalHold_ForAnyoneButTheTeamLead_ShouldRefuseAsNotAllowed(Role role)
    {
        Assert.Throws<NotAllowedRefusal>(() => RevocationRules.EnsureMaySetLegalHold(User(role)));
    }

    [Fact]
    public void EnsureMaySetLegalHold_ForTheTeamLead_ShouldPass()
    {
        Assert.Null(Record.Exception(() => RevocationRules.EnsureMaySetLegalHold(User(Role.TeamLead))));
    }

    private static Dossier Dossier(bool legalHold = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "2026/001", Monday, new ClientProfile("Test Cliënt", "00000000000", null), legalHold);

    private static Conversation Consented(Dossier dossier, DateTimeOffset at) =>
        new(Guid.NewGuid(), dossier.Id, dossier.ClientId, dossier.TeamId, at, Worker, new ConsentChoice(true, true, true, at, Worker), null);

    private static UserAccount User(Role role) => new() { Username = "x", DisplayName = "X", Role = role, PasswordHash = "-" };
}
