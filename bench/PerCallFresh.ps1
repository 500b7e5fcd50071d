<#
.SYNOPSIS
    Figure 1, per call in a fresh process: one -Variant in this fresh pwsh, N calls of GET /services/{uuid} timed from
    the first, with nothing run before them but what the variant needs and one request (module: Import-Module and
    Connect-Coolify, whose version check is that request; floor: Import-Module and one call; raw: a new HttpClient
    and one request), as a script that makes a few hundred calls pays it: the JIT has not settled yet. Every
    variant has made exactly one request before the clock starts, so none counts its first connection and the
    others not.
      module  Get-CoolifyService -Uuid $id
      floor   Get-FloorService $id: the floor module's cmdlet (bench/Floor), the raw variant's work in a compiled cmdlet
      raw     reused HttpClient: GetByteArrayAsync, JsonDocument.Parse
    Writes { ms } as JSON to -ResultPath.
#>
param(
    [Parameter(Mandatory)][ValidateSet('module', 'floor', 'raw')][string] $Variant,
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [Parameter(Mandatory)][string] $FloorPath,
    [int] $Calls = 300,
    [string] $Uuid = 'xk9q2m7a1b3c5d7e9f0g2h4j'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

if ($Variant -eq 'module') {
    Import-Module $ModulePath
    Connect-Coolify -Url $Url -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
    $watch = [Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) { $null = Get-CoolifyService -Uuid $Uuid }
    $ms = $watch.Elapsed.TotalMilliseconds
    if ((Get-CoolifyService -Uuid $Uuid).Uuid -ne $Uuid) { throw 'Get-CoolifyService did not return the service.' }
}
elseif ($Variant -eq 'floor') {
    Import-Module $FloorPath
    $env:COOLIFY_URL = $Url
    $env:COOLIFY_TOKEN = $Token
    $null = Get-FloorService $Uuid
    $watch = [Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) { $null = Get-FloorService $Uuid }
    $ms = $watch.Elapsed.TotalMilliseconds
    if ((Get-FloorService $Uuid).uuid -ne $Uuid) { throw 'Get-FloorService did not return the service.' }
}
else {
    $uri = [uri]"$Url/api/v1/services/$Uuid"
    $client = [Net.Http.HttpClient]::new()
    $client.DefaultRequestHeaders.Authorization = [Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $Token)
    $client.DefaultRequestHeaders.Accept.Add([Net.Http.Headers.MediaTypeWithQualityHeaderValue]::new('application/json'))
    $options = [Text.Json.JsonDocumentOptions]::new()
    $client.GetAsync([uri]"$Url/api/v1/version").GetAwaiter().GetResult().Dispose()
    $watch = [Diagnostics.Stopwatch]::StartNew()
    for ($i = 0; $i -lt $Calls; $i++) {
        $document = [Text.Json.JsonDocument]::Parse([ReadOnlyMemory[byte]]$client.GetByteArrayAsync($uri).GetAwaiter().GetResult(), $options)
        $document.Dispose()
    }
    $ms = $watch.Elapsed.TotalMilliseconds
}

@{ ms = $ms; calls = $Calls } | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8NoBOM
