namespace WhaiNot.Appliance;

/// <summary>Body of POST /api/auth/token and /api/auth/login.</summary>
public sealed record CredentialsRequest(string? Username, string? Password);

/// <summary>Body of POST /api/users.</summary>
public sealed record CreateUserRequest(string? Username, string? DisplayName, string? Role, string? Team);

/// <summary>Body of POST /api/teams.</summary>
public sealed record CreateTeamRequest(string? Name);

/// <summary>Body of POST /api/dossiers.</summary>
public sealed record CreateDossierRequest(string? Reference, string? ClientName, string? NationalRegisterNumber, DateOnly? BirthDate);
