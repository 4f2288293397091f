namespace WhaiNot.Domain.Day;

/// <summary>Where an appointment takes place: an address or room (client content), or by telephone.</summary>
/// <param name="Where">The place as the worker writes it; null by telephone.</param>
public sealed record AppointmentPlace(string? Where, bool ByTelephone)
{
    public const int MaxLength = 200;

    public static AppointmentPlace Telephone { get; } = new(null, ByTelephone: true);

    public static AppointmentPlace At(string where) => new(where, ByTelephone: false);
}
