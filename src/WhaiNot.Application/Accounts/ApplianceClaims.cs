using System.Security.Claims;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Application.Accounts;

/// <summary>The claims the appliance puts in cookies and tokens, and reading them back.</summary>
public static class ApplianceClaims
{
    public const string UserId = "sub";
    public const string Username = "name";
    public const string Role = "role";
    public const string Team = "team";
    public const string SecurityStamp = "stamp";

    public static List<Claim> For(UserAccount user)
    {
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(Username, user.Username),
            new(Role, user.Role.ToName()),
            new(SecurityStamp, user.SecurityStamp),
        };
        if (user.TeamId is { } team)
        {
            claims.Add(new Claim(Team, team.ToString()));
        }

        return claims;
    }

    public static ClaimsPrincipal Principal(UserAccount user, string scheme) =>
        new(new ClaimsIdentity(For(user), scheme, Username, Role));

    public static Guid? UserIdOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(UserId)?.Value, out var id) ? id : null;

    public static string ActorOf(ClaimsPrincipal principal) => principal.FindFirst(Username)?.Value ?? "anoniem";
}
