namespace WhaiNot.Appliance;

/// <summary>Body of POST /api/auth/token and /api/auth/login.</summary>
public sealed record CredentialsRequest(string? Username, string? Password);

/// <summary>Body of POST /api/users.</summary>
public sealed record CreateUserRequest(string? Username, string? DisplayName, string? Role, string? Team);

/// <summary>Body of POST /api/teams.</summary>
public sealed record CreateTeamRequest(string? Name);
