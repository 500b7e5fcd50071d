<#
PrismHost: installs and runs Stoplight Prism (@stoplight/prism-cli 5.16.0) as a validating mock
server on the Coolify OpenAPI document, for the contract tests.

    Install-Prism [-ToolsPath <dir>]                        -> path of node_modules/.bin/prism
    Start-Prism -Document <path> [-PrismPath <path>] [-PathPrefix '/api/v1'] [-TimeoutSec 60] [-LogPath <file>]
                                                           -> object: Url, BaseUrl, Port, Process, LogPath, Document, StartupSeconds
    Stop-Prism -Prism <object>                              (kills the process tree)

URL layout. Prism 5 ignores the document's `servers` entry (https://app.coolify.io/api/v1) in mock
mode: it serves every path at the ROOT, i.e. GET http://127.0.0.1:<port>/applications, while
/api/v1/applications answers 404 NO_PATH_MATCHED_ERROR. So by default Url = http://127.0.0.1:<port>
and a client appends '/applications' to it. The Coolify module's pipeline always appends /api/v1 to
the connection URL (CoolifyHttpPipeline: baseUrl + "/api/v1"), so for the cmdlets start Prism with
-PathPrefix '/api/v1': that serves a copy of the document whose paths all carry the prefix; then
Url = http://127.0.0.1:<port>/api/v1 (still "append /applications"), BaseUrl = http://127.0.0.1:<port>
(what Connect-Coolify -Url wants; it also accepts the …/api/v1 form).

Determinism: `--dynamic=false` (static mode, the default made explicit): each response is the first
`example`/`examples` entry of the chosen response, else a value built from the schema (string ->
"string", integer -> 0, boolean -> true, enum -> first value, format uuid -> the fixed
6d9b2ef3-0eb1-41f8-a850-5f9d81815e2b). Identical bytes across calls and restarts.

Findings on Prism 5.16.0 with /work/shared/reference/coolify-openapi.json (curl, 'Authorization: Bearer x'):
 a) Request validation. A violation does not give one fixed code: Prism answers with the operation's
    OWN mocked error response, trying 422, then 400 (then `default`), and only if the operation
    defines none of them does it build its own 422 application/problem+json.
    - missing required body field (POST /applications/public without build_pack): 400, the spec's
      400 example body {"message":"Invalid token."} and header
      sl-violations: [{"location":["request","body"],"severity":"Error","code":"required",
                       "message":"Request body must have required property 'build_pack'"}]
      (POST /team/envs without key: 422 + the spec's 422 example {"message":"Validation error.","errors":{...}})
    - wrong type (ports_exposes: 80): same, code "type", "Request body property ports_exposes must be string".
    - wrong enum (build_pack: "nope"): same, code "enum", "... must be equal to one of the allowed values: ...".
    - unknown extra field: ACCEPTED (201). The Coolify schemas never set additionalProperties:false
      and Prism does not add it, so misspelled body fields are NOT caught.
    - missing/other Authorization: 401, sl-violations [{"code":401,"message":"Invalid security scheme
      used"}], the spec's 401 body {"message":"Unauthenticated."}. The scheme is case-sensitive:
      'bearer x', 'Token x' and a bare 'Bearer' are all 401. Where the operation defines no 401
      (e.g. DELETE /databases/{uuid}/backups/{id}), Prism's own 401 problem+json (#UNAUTHORIZED) +
      WWW-Authenticate: Bearer. GET /health has no security: 200 without a token.
    - a body that is not valid JSON (Content-Type application/json, body 'notjson'): Prism NEVER
      ANSWERS (the connection hangs until the client times out). Always use a client timeout.
    - Content-Type 'application/json; charset=utf-8' is accepted; text/plain is a 415 violation.
 b) JSON body to an operation without requestBody: a violation, code 415 "No supported content
    types, but request included a non-empty body" -> PATCH /notifications/discord: 422 (spec's 422
    body); POST /applications/{uuid}/start with '{}': 400; POST /cloud-tokens/{uuid}/validate (no
    400/422 defined): 415 problem+json #INVALID_CONTENT_TYPE. Even '{}' counts as a body; an empty
    body (with or without Content-Type) passes. NB the document has NO requestBody on several
    operations that do take one in Coolify: POST /servers/{uuid}/envs, POST /projects/{uuid}/envs,
    POST /projects/{uuid}/environments/{env}/envs, PATCH /team/envs/{id}, PATCH /projects/.../envs/{id},
    PATCH /servers/{uuid}/envs/{id}, PATCH /notifications/* (all six), POST /servers/digitalocean|vultr
    -> any body there is rejected (422). POST /team/envs DOES have a requestBody (key required) in
    this document. POST without a body to an operation whose requestBody is required (POST /team/envs,
    POST /applications/public): violation "Body parameter is required" -> 422 / 400. A requestBody
    without `required: true` (POST /servers/{uuid}/claim) accepts no body.
 c) format: uuid path parameters ARE validated: GET /databases/k0wcgw4/logs and
    GET /services/k0wcgw4/logs?sub_service_name=x -> 400 + sl-violations
    [{"location":["request","path","uuid"],"code":"format","message":"Request path parameter uuid
    must match format \"uuid\""}]. Coolify's real ids (k0wcgw4…) are not UUIDs, so use a real UUID
    (e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6 -> 200) for these two operations, or expect the 400.
    They are the only path parameters with a format in the document.
 d) An operation whose 2xx response has no content (GET /notifications/discord, GET /team/envs,
    POST /team/envs, POST /servers/{uuid}/claim) -> that status with an EMPTY body and no
    Content-Type. A schema without example -> generated from the schema (see Determinism). Every
    operation in this document has a 2xx; on a test document an operation with only a 404 answered
    that 404 with its example, one with only a content-less 400 answered an empty 400.
    GET /version -> 200, Content-type: text/html, body 'v4.0.0' (GET /health -> 200 text/html 'OK')
    — BUT only if Accept allows text/html: with 'Accept: application/json' (what the Coolify
    pipeline sends) Prism answers 406 application/problem+json #NOT_ACCEPTABLE "Unable to find
    content for application/json". So Connect-Coolify (which calls /version) and Test-CoolifyHealth
    fail against Prism unless the client's Accept also admits text/html or */*.
    Operations without a 2xx content: Accept: application/json is fine (empty 200).
 e) Query parameters ARE validated: lines=abc -> 400 "Request query parameter lines must be integer",
    show_timestamps=maybe -> "... must be boolean", a missing required query parameter
    (sub_service_name) -> "Request query must have required property 'sub_service_name'". Unknown
    query parameters are accepted. Several violations come back together in one sl-violations array.
 f) Telling a rejection from a mocked error: a request that broke the contract ALWAYS carries the
    response header `sl-violations` (JSON array of {location, severity, code, message}; location[0]
    is "request") when Prism answered with the spec's own 4xx; when the operation has no suitable
    4xx, Prism's own body is Content-Type application/problem+json with
    type https://stoplight.io/prism/errors#<CODE> (UNPROCESSABLE_ENTITY with a `validation` array,
    UNAUTHORIZED, INVALID_CONTENT_TYPE, NOT_ACCEPTABLE, NO_PATH_MATCHED_ERROR (404, unknown path),
    NO_METHOD_MATCHED_ERROR (405, wrong method), NOT_FOUND (Prefer: code=<undefined status>)).
    A mocked 4xx the test asked for (header 'Prefer: code=404') has neither: plain
    application/json with the spec's example and no sl-violations. Rule for a test: "Prism rejected
    the request because <sl-violations[].message or problem.detail/validation[].message>" when
    sl-violations is present or Content-Type starts with application/problem+json; otherwise
    the response is a genuine mock. `Prefer: code=NNN` / `Prefer: example=<key>` pick a response;
    a request violation wins over Prefer. The `--errors` flag changes none of this in mock mode.
 g) Cold start on the 2-core machine: ~1 s from process start to accepting requests measured with
    curl, 1.4-2.2 s as Start-Prism reports it (StartupSeconds). Prism logs every route at startup.
    npm install of prism-cli 5.16.0 (213 packages): 9-11 s; when already installed, Install-Prism
    returns in ~0.1 s. Prism is a single node process (no --multiprocess).
#>

Set-StrictMode -Version Latest

$script:RepoRoot = Split-Path -Parent (Split-Path -Parent $PSScriptRoot)
$script:PrismPackage = '@stoplight/prism-cli'
$script:PrismVersion = '5.16.0'

function Get-PrismExecutablePath {
    param([Parameter(Mandatory)][string] $ToolsPath)
    $bin = Join-Path $ToolsPath 'node_modules/.bin'
    if ($IsWindows) { return Join-Path $bin 'prism.cmd' }
    return Join-Path $bin 'prism'
}

function Get-InstalledPrismVersion {
    param([Parameter(Mandatory)][string] $ToolsPath)
    $manifest = Join-Path $ToolsPath 'node_modules/@stoplight/prism-cli/package.json'
    if (-not (Test-Path -LiteralPath $manifest)) { return $null }
    try { return (Get-Content -LiteralPath $manifest -Raw | ConvertFrom-Json).version } catch { return $null }
}

function Install-Prism {
    <#
    .SYNOPSIS
    Installs @stoplight/prism-cli 5.16.0 with npm into ToolsPath (skipped when that version is
    already there) and returns the path of its prism executable (node_modules/.bin/prism).
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [string] $ToolsPath = (Join-Path $script:RepoRoot 'out/tools/prism')
    )
    $ToolsPath = [IO.Path]::GetFullPath($ToolsPath)
    $exe = Get-PrismExecutablePath -ToolsPath $ToolsPath
    if ((Get-InstalledPrismVersion -ToolsPath $ToolsPath) -eq $script:PrismVersion -and (Test-Path -LiteralPath $exe)) {
        Write-Verbose "Prism $script:PrismVersion is already installed in $ToolsPath."
        return $exe
    }

    $npm = Get-Command npm -CommandType Application -ErrorAction Ignore | Select-Object -First 1
    if (-not $npm) {
        throw "npm was not found on PATH; it is needed to install $script:PrismPackage@$script:PrismVersion. Install Node.js 20 or later (with npm) and try again."
    }

    $null = New-Item -ItemType Directory -Path $ToolsPath -Force
    $manifest = Join-Path $ToolsPath 'package.json'
    if (-not (Test-Path -LiteralPath $manifest)) {
        # Own package.json so npm treats this folder as the project and never looks further up.
        Set-Content -LiteralPath $manifest -Value '{ "name": "coolify-contract-tools", "private": true }' -Encoding utf8NoBOM
    }

    Write-Verbose "Installing $script:PrismPackage@$script:PrismVersion into $ToolsPath with $($npm.Source)."
    $npmArgs = @('install', '--prefix', $ToolsPath, '--save-exact', '--no-audit', '--no-fund',
        '--no-update-notifier', '--loglevel=error', "$script:PrismPackage@$script:PrismVersion")
    $output = & $npm.Source @npmArgs 2>&1 | ForEach-Object { "$_" }
    $exitCode = $LASTEXITCODE
    $installed = Get-InstalledPrismVersion -ToolsPath $ToolsPath
    if ($exitCode -ne 0 -or $installed -ne $script:PrismVersion -or -not (Test-Path -LiteralPath $exe)) {
        $tail = ($output | Select-Object -Last 30) -join [Environment]::NewLine
        throw ("npm install $script:PrismPackage@$script:PrismVersion into $ToolsPath failed (exit code $exitCode" +
            $(if ($installed) { ", found version $installed" } else { '' }) + "). npm said:" + [Environment]::NewLine + $tail)
    }
    return $exe
}

function Get-FreeLoopbackPort {
    $listener = [Net.Sockets.TcpListener]::new([Net.IPAddress]::Loopback, 0)
    try {
        $listener.Start()
        return ([Net.IPEndPoint]$listener.LocalEndpoint).Port
    }
    finally { $listener.Stop() }
}

function Get-LogTail {
    param([string] $Path, [int] $Lines = 40)
    if (-not $Path -or -not (Test-Path -LiteralPath $Path)) { return '(no output)' }
    try {
        # Prism still holds the file open: read with sharing.
        $stream = [IO.FileStream]::new($Path, [IO.FileMode]::Open, [IO.FileAccess]::Read, [IO.FileShare]::ReadWrite -bor [IO.FileShare]::Delete)
        $reader = [IO.StreamReader]::new($stream)
        try { $text = $reader.ReadToEnd() } finally { $reader.Dispose() }
    }
    catch { return "(could not read $Path`: $_)" }
    # On a fatal error Prism prints its usage text to stderr: drop it, keep the error itself.
    $all = [Collections.Generic.List[string]]::new()
    $inUsage = $false
    foreach ($line in $text -split '\r?\n') {
        if ($line -match '^prism mock <document>') { $inUsage = $true; continue }
        if ($inUsage) {
            if ($line -match '^\s+--seed\b') { $inUsage = $false }
            continue
        }
        if ($line.Trim() -ne '') { $all.Add($line) }
    }
    if ($all.Count -eq 0) { return '(no output)' }
    return ($all | Select-Object -Last $Lines) -join [Environment]::NewLine
}

function New-PrefixedDocument {
    <# Writes a copy of the OpenAPI document whose paths all start with $Prefix. #>
    param([Parameter(Mandatory)][string] $Document, [Parameter(Mandatory)][string] $Prefix, [Parameter(Mandatory)][string] $OutFile)
    $root = [Text.Json.Nodes.JsonNode]::Parse([IO.File]::ReadAllText($Document))
    $paths = $root['paths']
    if ($null -eq $paths) { throw "$Document has no 'paths' object: is it an OpenAPI document (JSON)?" }
    $prefixed = [Text.Json.Nodes.JsonObject]::new()
    foreach ($name in @($paths.AsObject() | ForEach-Object Key)) {
        $node = $paths[$name]
        $null = $paths.AsObject().Remove($name)
        $prefixed.Add($Prefix + $name, $node)
    }
    $root['paths'] = $prefixed
    [IO.File]::WriteAllText($OutFile, $root.ToJsonString())
}

function Start-Prism {
    <#
    .SYNOPSIS
    Starts `prism mock` on a free loopback port and waits until it answers requests.
    .OUTPUTS
    Url (base a client appends '/applications' to), BaseUrl (server root), Port, Process, LogPath,
    Document (the file Prism serves), StartupSeconds.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $Document,
        # Default: Install-Prism (a no-op when 5.16.0 is already in out/tools/prism).
        [string] $PrismPath,
        # Serve every path below this prefix (e.g. '/api/v1' for the Coolify module, which always
        # calls <connection url>/api/v1/...). Empty: paths at the root, as Prism does by itself.
        [ValidatePattern('^(/[^/?#]+)*$')][string] $PathPrefix = '',
        [ValidateRange(1, 600)][int] $TimeoutSec = 60,
        # Default: <repo>/out/contract/prism-<port>.log
        [string] $LogPath
    )
    $Document = (Resolve-Path -LiteralPath $Document -ErrorAction Stop).ProviderPath
    if (-not $PrismPath) { $PrismPath = Install-Prism }
    if (-not (Test-Path -LiteralPath $PrismPath)) { throw "Prism was not found at $PrismPath. Run Install-Prism first." }
    $PrismPath = (Resolve-Path -LiteralPath $PrismPath).ProviderPath

    $attempt = 0
    while ($true) {
        $attempt++
        $port = Get-FreeLoopbackPort
        $log = if ($LogPath) { [IO.Path]::GetFullPath($LogPath) } else { Join-Path $script:RepoRoot "out/contract/prism-$port.log" }
        $null = New-Item -ItemType Directory -Path (Split-Path -Parent $log) -Force
        $served = $Document
        if ($PathPrefix) {
            $served = [IO.Path]::ChangeExtension($log, '.openapi.json')
            New-PrefixedDocument -Document $Document -Prefix $PathPrefix -OutFile $served
        }

        # Static (non-dynamic) responses; CORS off so no Access-Control-* noise in the answers.
        $prismArgs = @('mock', $served, '--host', '127.0.0.1', '--port', "$port", '--dynamic=false', '--cors=false')
        if ($IsWindows) {
            $quoted = (@($PrismPath) + $prismArgs | ForEach-Object { '"' + $_ + '"' }) -join ' '
            $psi = [Diagnostics.ProcessStartInfo]::new($env:ComSpec)
            $psi.Arguments = '/d /s /c "' + $quoted + ' > "' + $log + '" 2>&1"'
        }
        else {
            # The shell only redirects and then becomes Prism (exec): Process is Prism itself, and
            # its output goes straight to the log without a pipe that this process must drain.
            $psi = [Diagnostics.ProcessStartInfo]::new('/bin/sh')
            foreach ($a in @('-c', 'log=$1; shift; exec "$@" >"$log" 2>&1', 'prism-host', $log, $PrismPath) + $prismArgs) {
                $psi.ArgumentList.Add($a)
            }
        }
        $psi.UseShellExecute = $false
        $psi.WorkingDirectory = Split-Path -Parent $served
        $psi.Environment['FORCE_COLOR'] = '0'
        $psi.Environment['NO_COLOR'] = '1'

        $clock = [Diagnostics.Stopwatch]::StartNew()
        $process = [Diagnostics.Process]::Start($psi)
        $client = [Net.Http.HttpClient]::new()
        $client.Timeout = [TimeSpan]::FromSeconds(2)
        $ready = $false
        try {
            while (-not $ready -and -not $process.HasExited -and $clock.Elapsed.TotalSeconds -lt $TimeoutSec) {
                try {
                    # Any HTTP answer (Prism says 404 NO_PATH_MATCHED for /) means it is listening.
                    $response = $client.GetAsync("http://127.0.0.1:$port/").GetAwaiter().GetResult()
                    $response.Dispose()
                    $ready = $true
                }
                catch { Start-Sleep -Milliseconds 100 }
            }
        }
        finally { $client.Dispose() }
        $clock.Stop()

        if ($ready -and -not $process.HasExited) {
            Write-Verbose ("Prism is listening on port $port after {0:N1} s; log: $log" -f $clock.Elapsed.TotalSeconds)
            return [pscustomobject]@{
                PSTypeName     = 'Coolify.PrismHost'
                Url            = "http://127.0.0.1:$port$PathPrefix"
                BaseUrl        = "http://127.0.0.1:$port"
                Port           = $port
                Process        = $process
                LogPath        = $log
                Document       = $served
                StartupSeconds = [math]::Round($clock.Elapsed.TotalSeconds, 2)
            }
        }

        $exited = $process.HasExited
        if (-not $exited) {
            try { $process.Kill($true) } catch { }
            $null = $process.WaitForExit(5000)
        }
        $tail = Get-LogTail -Path $log
        # Another process took the port between our probe and Prism's bind: try another one.
        if ($exited -and $attempt -lt 3 -and $tail -match 'EADDRINUSE') { continue }
        $why = if ($exited) { "exited with code $($process.ExitCode) before accepting requests" } else { "did not accept requests within $TimeoutSec s" }
        throw ("Prism ($PrismPath mock $served on 127.0.0.1:$port) $why. Last lines of $log`:" + [Environment]::NewLine + $tail)
    }
}

function Stop-Prism {
    <# .SYNOPSIS Stops a Prism started by Start-Prism, with its whole process tree. #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] $Prism)
    process {
        $process = $Prism.Process
        if (-not $process) { return }
        try {
            if (-not $process.HasExited) {
                $process.Kill($true)
                $null = $process.WaitForExit(10000)
            }
        }
        catch [InvalidOperationException] { } # exited meanwhile
    }
}

Export-ModuleMember -Function Install-Prism, Start-Prism, Stop-Prism
