using WhaiNot.Appliance.Hosting;
using WhaiNot.Application.Accounts;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Security.Keys;
using WhaiNot.Security.Passwords;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Auth;

/// <summary>Accounts and sign-in: password hashing, lockout, cookies for the browser and tokens for API, CLI and hub.</summary>
internal static class AccountsServiceCollectionExtensions
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, MasterKey masterKey, ApplianceOptions options)
    {
        var hashing = options.PasswordHashing;
        var tokens = new TokenService(masterKey.DeriveKey(KeyPurpose.TokenSigning), TimeSpan.FromMinutes(options.TokenLifetimeMinutes), TimeProvider.System);
        services.AddSingleton(tokens);
        services.AddSingleton(new Argon2idPasswordHasher(new Argon2Settings(hashing.MemoryKiB, hashing.Iterations, hashing.Parallelism)));
        services.AddSingleton<IPasswordHasher>(sp => sp.GetRequiredService<Argon2idPasswordHasher>());
        services.AddSingleton(new LockoutPolicy(options.Lockout.MaxFailedSignIns, TimeSpan.FromSeconds(options.Lockout.FirstBlockSeconds), TimeSpan.FromMinutes(options.Lockout.LockoutMinutes)));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInService>();
        services.AddSignInRateLimit(options.Lockout.RequestsPerMinutePerAddress);
        services.AddSingleton<SignedInAccounts>();
        services.AddSingleton<AccountAdministration>();
        services.AddApplianceAuthentication(tokens, TimeSpan.FromMinutes(options.CookieLifetimeMinutes));
        return services;
    }
}
