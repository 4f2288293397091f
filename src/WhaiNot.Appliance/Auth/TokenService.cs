using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WhaiNot.Application.Accounts;
using WhaiNot.Domain.Accounts;

namespace WhaiNot.Appliance.Auth;

/// <summary>
/// Issues the bearer tokens for API, CLI and SignalR: JWTs signed with HMAC-SHA256 under a subkey
/// of the master key, so they are valid on this box only and die with a key change.
/// </summary>
public sealed class TokenService
{
    public const string Issuer = "whainot-appliance";
    public const string Audience = "whainot-appliance";

    private readonly SymmetricSecurityKey _signingKey;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public TokenService(byte[] signingKey, TimeSpan lifetime, TimeProvider time)
    {
        _signingKey = new SymmetricSecurityKey(signingKey);
        _lifetime = lifetime;
        _time = time;
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(ApplianceClaims.For(user)),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _lifetime,
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = _signingKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = ApplianceClaims.Username,
        RoleClaimType = ApplianceClaims.Role,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
    };
}
