namespace RoadmapGit.Core.Config;

/// <summary>
/// Every configuration error, in one place and one shape:
/// <c>.roadmap-git.json line N: what is wrong. how to fix it</c>. Lines count from 1.
/// </summary>
public static class ConfigErrors
{
    public static ConfigException Empty() =>
        At(1, "the file is empty. Write a JSON object such as { \"completion\": \"marked\" }, or delete the file");

    public static ConfigException NotAnObject(int line) =>
        At(line, "the settings must be a JSON object. Put them between { and }");

    public static ConfigException TextAfterTheEnd(int line) =>
        At(line, "there is text after the closing }. Remove it, or move it inside the braces");

    public static ConfigException EndsTooEarly(int line) =>
        At(line, "the file ends before the JSON is complete. Add the missing closing \" or } or ]");

    public static ConfigException UnquotedKey(int line, string key) =>
        At(line, $"the key {key} is not in double quotes. Write it as \"{key}\"");

    public static ConfigException MissingComma(int line) =>
        At(line, "a comma is missing before this entry. Add a , at the end of the entry before it");

    public static ConfigException NotJson(int line, string text) =>
        At(line, $"this is not valid JSON: {text}. Put keys and text in double quotes, and a comma between entries");

    public static ConfigException UnknownKey(int line, string key, string? suggestion) =>
        At(line, $"unknown key '{key}'. " + (suggestion is null
            ? "Remove it; the README's Configuration section lists every key"
            : $"Did you mean '{suggestion}'?"));

    public static ConfigException NotText(int line, string key, string value) =>
        At(line, $"'{key}' is {value}. Use a text in double quotes");

    public static ConfigException EmptyText(int line, string key) =>
        At(line, $"'{key}' is empty. Give it a value, or remove the key");

    public static ConfigException BreaksTheTable(int line, string key) =>
        At(line, $"'{key}' holds a '|' or a line break, which would split the table's rows. Write it without them");

    public static ConfigException NotAList(int line, string key, string value) =>
        At(line, $"'{key}' is {value}. Use a list of one or more texts in double quotes, such as [\"a\", \"b\"]");

    public static ConfigException NotANumber(int line, string key, string value, int minimum, int maximum) =>
        At(line, $"'{key}' is {value}. Use a whole number from {minimum} to {maximum}");

    public static ConfigException NotTrueOrFalse(int line, string key, string value) =>
        At(line, $"'{key}' is {value}. Use true or false");

    public static ConfigException NotAnObject(int line, string key, string value) =>
        At(line, $"'{key}' is {value}. Use an object with keys, between {{ and }}");

    public static ConfigException UnknownCompletion(int line, string value) =>
        At(line, $"'completion' is {value}. Use \"marked\" or \"written\"");

    public static ConfigException UnknownForecast(int line, string value) =>
        At(line, $"'forecast' is {value}. Use \"started\", \"all\" or \"none\"");

    public static ConfigException DateFormatDoesNotReadBack(int line, string format) =>
        At(line, $"'dateFormat' \"{format}\" does not read back as a date. Use a format such as \"dd.MM.yyyy\" or \"yyyy-MM-dd\"");

    private static ConfigException At(int line, string message) => new($"{RoadmapConfig.FileName} line {line}: {message}");
}
