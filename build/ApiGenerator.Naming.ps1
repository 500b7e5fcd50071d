# Naming rules and the cmdlet model of build/New-ApiCmdlets.ps1: how an OpenAPI operation's path, query and
# body fields become PowerShell parameters.

# A path segment before a placeholder names the parent resource: its parameter and the resource noun.
$script:ParentSegments = @{
    'applications'     = @('ApplicationUuid', 'Application')
    'services'         = @('ServiceUuid', 'Service')
    'databases'        = @('DatabaseUuid', 'Database')
    'servers'          = @('ServerUuid', 'Server')
    'projects'         = @('ProjectUuid', 'Project')
    'scheduled-tasks'  = @('ScheduledTaskUuid', 'ScheduledTask')
    'backups'          = @('DatabaseBackupUuid', 'DatabaseBackup')
    'github-apps'      = @('GitHubAppId', 'GitHubApp')
    'gitlab-apps'      = @('GitLabAppId', 'GitLabApp')
    'teams'            = @('TeamId', 'Team')
}

# Placeholders whose parameter name does not depend on where they stand.
$script:FixedPlaceholders = @{
    'environment_name_or_uuid' = 'EnvironmentName'
    'owner'                    = 'Owner'
    'repo'                     = 'Repository'
    'pull_request_id'          = 'PullRequestId'
}

# Placeholders that take a resource's name or its id. On that resource's own cmdlets (Set-CoolifyEnvironment)
# the placeholder is the resource's own id and is called -Name; elsewhere it is a parent, named as above.
$script:NameOrIdPlaceholders = @{
    'environment_name_or_uuid' = 'Environment'
}

# Fields Coolify wants base64-encoded that the document does not say so about (docs/ARCHITECTURE.md, "Server behaviour").
$script:Base64Fields = @('dockerfile', 'custom_labels', 'custom_nginx_configuration', 'docker_compose_raw')

# Query flags that delete or clean up and that the server turns on when they are absent. The cmdlets offer the
# opposite switch and always send the flag, so the server's default never decides unseen.
$script:InvertedFlags = [ordered]@{
    delete_volumes            = @{ Parameter = 'KeepVolumes'; Effect = 'its volumes'; Description = 'Keep the Docker volumes (the data); Coolify deletes them otherwise.' }
    delete_configurations     = @{ Parameter = 'KeepConfiguration'; Effect = 'its configuration files'; Description = 'Keep the configuration files on the server; Coolify deletes them otherwise.' }
    delete_connected_networks = @{ Parameter = 'KeepNetworks'; Alias = 'KeepConnectedNetworks'; Effect = 'its connected networks'; Description = 'Keep the Docker networks it was connected to; Coolify deletes them otherwise.' }
    docker_cleanup            = @{ Parameter = 'SkipDockerCleanup'; Effect = 'Docker cleanup'; Description = 'Do not run Docker cleanup (unused images and build cache) on the server afterwards; Coolify runs it otherwise.' }
}

$script:ReservedNames = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable',
    'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm', 'Connection', 'Force')

# The folder under src/Coolify/Cmdlets of an OpenAPI tag: one folder per API area, shared with the
# hand-written cmdlets of that area. The containers inside a service belong with services.
$script:AreaFolders = @{
    'General' = 'Instance'; 'Settings' = 'Instance'; 'Resources' = 'Servers'; 'Cloud-init Scripts' = 'CloudInitScripts'
    'Service applications' = 'Services'; 'Service databases' = 'Services'
}

function Get-AreaFolder([string] $Tag) {
    $AreaFolders[$Tag] ?? (ConvertTo-PascalCase $Tag)
}

function ConvertTo-PascalCase([string] $Name) {
    (($Name -split '[_\-\s\.]+') | Where-Object { $_ } | ForEach-Object { $_.Substring(0, 1).ToUpperInvariant() + $_.Substring(1) }) -join ''
}

function Resolve-Schema($Schema, $Spec) {
    if ($null -eq $Schema) { return $null }
    if ($Schema.ContainsKey('$ref')) {
        $name = $Schema['$ref'] -replace '^#/components/schemas/', ''
        return Resolve-Schema $Spec.components.schemas[$name] $Spec
    }
    if ($Schema.ContainsKey('allOf')) {
        $merged = @{ type = 'object'; properties = [ordered]@{}; required = @() }
        foreach ($part in $Schema.allOf) {
            $r = Resolve-Schema $part $Spec
            if ($r.ContainsKey('properties')) { foreach ($k in $r.properties.Keys) { $merged.properties[$k] = $r.properties[$k] } }
            if ($r.ContainsKey('required')) { $merged.required += $r.required }
        }
        return $merged
    }
    return $Schema
}

function Get-BodySchema($Entry, $Spec, $Operations) {
    $op = if ($Entry.Options.bodyfrom) { $Operations[$Entry.Options.bodyfrom].Op } else { $Entry.Op }
    if (-not $op.ContainsKey('requestBody')) { return $null }
    $content = $op.requestBody.content
    $json = $content['application/json'] ?? $content[@($content.Keys)[0]]
    Resolve-Schema $json.schema $Spec
}

function Get-ResponseSchema($Entry, $Spec) {
    foreach ($code in @('200', '201')) {
        if (-not $Entry.Op.responses.ContainsKey($code)) { continue }
        $response = $Entry.Op.responses[$code]
        if ($response.ContainsKey('$ref')) { continue }
        if (-not $response.ContainsKey('content')) { continue }
        $json = $response.content['application/json']
        if ($null -eq $json -or -not $json.ContainsKey('schema')) { continue }
        $schema = Resolve-Schema $json.schema $Spec
        if ($Entry.Options.unwrap -and $schema.ContainsKey('properties') -and $schema.properties.Contains($Entry.Options.unwrap)) {
            $schema = Resolve-Schema $schema.properties[$Entry.Options.unwrap] $Spec
        }
        if ($schema.ContainsKey('type') -and $schema.type -eq 'array' -and $schema.ContainsKey('items')) { $schema = Resolve-Schema $schema.items $Spec }
        return $schema
    }
    return $null
}

function Get-ClrType($Schema, [string] $Field) {
    $type = if ($Schema.ContainsKey('type')) { $Schema.type } else { 'string' }
    if ($type -is [array]) { $type = @($type | Where-Object { $_ -ne 'null' })[0] }
    switch ($type) {
        'boolean' { 'bool' }
        'integer' { 'long' }
        'number' { 'double' }
        'array' {
            $items = if ($Schema.ContainsKey('items')) { $Schema.items } else { @{} }
            if ((-not $items.ContainsKey('type')) -or $items.type -eq 'string') { 'string[]' } elseif ($items.type -eq 'integer') { 'long[]' } else { 'object' }
        }
        'object' { 'object' }
        default {
            if ($Schema.ContainsKey('format') -and $Schema.format -eq 'date-time') { 'DateTime' } else { 'string' }
        }
    }
}

function Test-SecretField([string] $Field) {
    $Field -match '(password|_secret|^secret|token|private_key|api_key|license_key)$' -or $Field -like 'manual_webhook_secret*'
}

# Sentence-style description of the cmdlet's effect, for -WhatIf and -Confirm.
function Get-ActionText([string] $Verb, [string] $Resource) {
    $words = ($Resource -creplace '([a-z0-9])([A-Z])', '$1 $2').ToLowerInvariant() -replace 'git hub', 'GitHub' -replace 'git lab', 'GitLab' -replace 'digital ocean', 'DigitalOcean' -replace '\bs3\b', 'S3' -replace 'ssh', 'SSH' -replace '^api$', 'API' -replace '^mcp$', 'MCP server'
    $verbWord = @{ Remove = 'Delete'; New = 'Create'; Set = 'Update'; Copy = 'Clone'; Test = 'Validate'; Invoke = 'Run'; Export = 'Export'; Import = 'Import';
        Register = 'Claim'; Restore = 'Roll back'; Deploy = 'Deploy'; Complete = 'Complete transfer of' }[$Verb] ?? $Verb
    if ($Verb -eq 'Complete') { $words = $words -replace ' transfer$', '' }
    [pscustomobject]@{ Action = "$verbWord $words"; Noun = $words }
}

function New-Parameter([string] $Name, [string] $Type, [string] $Kind, [string] $Wire) {
    [pscustomobject]@{
        Name = $Name; Type = $Type; Kind = $Kind; Wire = $Wire; Base64 = $false; Secret = $false; ValidateSet = $null
        Sets = [ordered]@{}; RequiredIn = [System.Collections.Generic.List[string]]::new(); ByValue = $false; ByProperty = $false; Position = $null; Description = $null; NameFilter = $false
        Aliases = [System.Collections.Generic.List[string]]::new()
    }
}

function Add-Parameter($Cmdlet, $Parameter, [string] $Set, [bool] $Mandatory) {
    $existing = $Cmdlet.Parameters[$Parameter.Name]
    if ($null -eq $existing) { $Cmdlet.Parameters[$Parameter.Name] = $Parameter; $existing = $Parameter }
    elseif ($existing.Kind -eq 'body' -and $existing.Base64 -ne $Parameter.Base64) {
        # One parameter cannot be encoded for one route and plain for another.
        throw "$($Cmdlet.Name): -$($Parameter.Name) ($($Parameter.Wire)) is base64 on some of its routes and plain text on others; mark it Ignored where the server does not decode it."
    }
    $existing.Sets[$Set] = $Mandatory -or ($existing.Sets.Contains($Set) -and $existing.Sets[$Set] -and $Set -ne '__AllParameterSets')
    if ($Mandatory -and $script:CurrentType) { $existing.RequiredIn.Add($script:CurrentType) }
    if (-not $existing.Description -and $Parameter.Description) { $existing.Description = $Parameter.Description }
    $existing
}

function Get-PathParameterName([string] $Placeholder, [string] $Segment, [bool] $IsLast, [string] $Resource) {
    if ($IsLast -and $NameOrIdPlaceholders[$Placeholder] -eq $Resource) { return 'Name' }
    if ($FixedPlaceholders.ContainsKey($Placeholder)) { return $FixedPlaceholders[$Placeholder] }
    $parent = $ParentSegments[$Segment]
    $own = $IsLast -and ($null -eq $parent -or $Resource -eq $parent[1] -or $Resource.EndsWith($parent[1]) -or $Resource.StartsWith('Service' + $parent[1]))
    if ($own) { return $(if ($Placeholder -match 'id$' -and $Placeholder -notmatch 'uuid$') { 'Id' } else { 'Uuid' }) }
    if ($null -ne $parent) { return $parent[0] }
    ConvertTo-PascalCase $Placeholder
}

function New-CmdletModel([string] $Name, $Entries, $Spec) {
    $verb, $noun = $Name -split '-', 2
    $resource = $noun -replace '^Coolify', ''
    $text = Get-ActionText $verb $resource
    $first = @($Entries)[0]
    $discriminated = [bool]$first.Options.type
    $singleSet = @($Entries).Count -eq 1 -or $discriminated
    $outputType = switch ($first.Options.out) {
        'action' { 'CoolifyActionResult' }
        $null { if ($first.Method -eq 'DELETE') { 'CoolifyActionResult' } else { $noun } }
        default { $first.Options.out }
    }
    $cmdlet = [pscustomobject]@{
        Name = $Name; Verb = $verb; Noun = $noun; Resource = $resource; Action = $text.Action; Words = $text.Noun
        Entries = @($Entries); Parameters = [ordered]@{}; Discriminated = $discriminated; SingleSet = $singleSet
        OutputType = $outputType; Area = (Get-AreaFolder $first.Tag); Unwrap = @($Entries | ForEach-Object { $_.Options.unwrap } | Where-Object { $_ })[0]
        DefaultSet = $first.Set; Summary = $first.Op.summary; Description = $first.Op.description
    }
    $all = '__AllParameterSets'
    $hasParent = $false
    foreach ($entry in $Entries) {
        $script:CurrentType = $entry.Options.type
        $set = if ($singleSet) { $all } else { $entry.Set }
        $segments = $entry.Path.Trim('/') -split '/'
        $placeholders = @($segments | Where-Object { $_ -match '^\{.+\}$' })
        for ($i = 0; $i -lt $segments.Count; $i++) {
            if ($segments[$i] -notmatch '^\{(.+)\}$') { continue }
            $placeholder = $Matches[1]
            $isLast = $segments[$i] -eq $placeholders[-1]
            $pname = Get-PathParameterName $placeholder $segments[$i - 1] $isLast $resource
            $specParam = @($entry.Op.parameters | Where-Object { $_ -and $_.in -eq 'path' -and $_.name -eq $placeholder })[0]
            $isInt = $specParam -and $specParam.schema.type -eq 'integer'
            $type = if ($isInt) { 'long' } elseif ($pname -eq 'Uuid') { 'string[]' } else { 'string' }
            $isOwn = $pname -in 'Uuid', 'Id' -or ($pname -eq 'Name' -and $NameOrIdPlaceholders.ContainsKey($placeholder))
            if ($isOwn -and $entry.Options.own) { $pname = $entry.Options.own }
            $p = New-Parameter $pname $type 'path' $placeholder
            $p | Add-Member -Force NoteProperty Own $isOwn
            $p.ByProperty = $true
            if (-not $isOwn) { $hasParent = $true }
            $p.ByValue = $isOwn
            if ($isOwn) { $p.Position = 0 }
            $p.Description = if ($specParam -and $specParam.ContainsKey('description')) { $specParam.description } else { $null }
            [void](Add-Parameter $cmdlet $p $set $true)
        }
        $rule = $script:ServerRules[$entry.OperationId]
        foreach ($q in @(Get-QueryFields $entry $rule)) {
            $pname = Get-RenamedField $entry $q.name
            $type = Get-ClrType $q.schema $q.name
            if ($type -eq 'bool') { $type = 'SwitchParameter' }
            $serverDefault = if ($rule -and $rule.Query -and $rule.Query.ContainsKey($q.name)) { $rule.Query[$q.name].Default } else { $null }
            if ($type -eq 'SwitchParameter' -and $serverDefault -eq $true -and $InvertedFlags.Contains($q.name)) {
                # A destructive flag the server turns on by itself: a Keep*/Skip* switch, always sent explicitly.
                $p = New-Parameter $InvertedFlags[$q.name].Parameter $type 'query' $q.name
                if ($InvertedFlags[$q.name].Alias) { $p.Aliases.Add($InvertedFlags[$q.name].Alias) }
                $p | Add-Member -Force NoteProperty Invert $true
                $p | Add-Member -Force NoteProperty Effect $InvertedFlags[$q.name].Effect
                $p.Description = $InvertedFlags[$q.name].Description
                [void](Add-Parameter $cmdlet $p $set $false)
                # The 0.2.0 switch of the same flag stays for scripts that use it, hidden from help and completion.
                $legacy = New-Parameter $pname $type 'query' $q.name
                $legacy | Add-Member -Force NoteProperty Legacy $true
                $legacy.Description = "Kept for scripts written for 0.2.0; use -$($p.Name) instead. -$($pname):`$false is the same as -$($p.Name)."
                [void](Add-Parameter $cmdlet $legacy $set $false)
                continue
            }
            $p = New-Parameter $pname $type 'query' $q.name
            if ($null -ne $serverDefault -and $type -eq 'SwitchParameter') { $p | Add-Member -Force NoteProperty ServerDefault ([bool]$serverDefault) }
            if ($rule -and $rule.Query -and $rule.Query.ContainsKey($q.name) -and $rule.Query[$q.name].Effect) { $p | Add-Member -Force NoteProperty Effect $rule.Query[$q.name].Effect }
            $p.Description = $q.description
            if ($entry.Options.pipe -eq $q.name) {
                # Ids the route takes in the query (/deploy?uuid=a,b) come from the pipeline like path ids.
                $p.Type = 'string[]'; $p.ByValue = $true; $p.ByProperty = $true; $p.Position = 0
            }
            if ($q.schema.ContainsKey('enum')) { $p.ValidateSet = @($q.schema.enum) }
            [void](Add-Parameter $cmdlet $p $set ([bool]$q.required))
        }
        if ($entry.Options.body -eq 'property') {
            $p = New-Parameter 'Property' 'System.Collections.IDictionary' 'bodymap' '*'
            $p.Description = 'The fields to send, as a hashtable of Coolify field names and values; the document does not list them.'
            [void](Add-Parameter $cmdlet $p $set $true)
        }
        $body = Get-BodySchema $entry $Spec $script:Operations
        $documented = if ($body -and $body.ContainsKey('properties')) { $body.properties } else { [ordered]@{} }
        # The server's rules decide which fields exist and how; the document only describes them.
        $fields = @(Get-EntryBodyFields $entry $Spec)
        $required = if ($rule -and $rule.ContainsKey('Fields')) { @($rule.Required) } elseif ($body -and $body.ContainsKey('required')) { @($body.required) } else { @() }
        # Groups of fields of which one is needed; a list, so PowerShell does not flatten one group into its names.
        $oneOf = [System.Collections.Generic.List[object]]::new()
        if ($rule -and $rule.RequiredOneOf) { foreach ($g in $rule.RequiredOneOf) { $oneOf.Add(@($g)) } }
        elseif ('environment_name' -in $required -and 'environment_uuid' -in $required) { $oneOf.Add(@('environment_name', 'environment_uuid')) }
        $inGroup = @($oneOf | ForEach-Object { $_ })
        foreach ($field in $fields) {
            $schema = if ($documented.Contains($field)) { Resolve-Schema $documented[$field] $Spec } else { @{} }
            $pname = Get-RenamedField $entry $field
            $type = Get-ClrType $schema $field
            if ($type -eq 'bool') { $type = 'SwitchParameter' }
            $secret = $type -eq 'string' -and (Test-SecretField $field)
            if ($secret) { $type = 'System.Security.SecureString' }
            $validateSet = if ($schema.ContainsKey('enum')) { @($schema.enum | Where-Object { $null -ne $_ }) } else { $null }
            if ($rule -and $rule.Types -and $rule.Types.ContainsKey($field)) {
                $ruleType = Get-RuleType $rule.Types[$field] $field
                $type = $ruleType.Type
                $secret = $type -eq 'System.Security.SecureString'
                $validateSet = $ruleType.ValidateSet
            }
            $p = New-Parameter $pname $type 'body' $field
            $p.Secret = $secret
            # A flag the server turns on when it is absent is always sent, so its default never decides unseen.
            if ($type -eq 'SwitchParameter' -and $rule -and $rule.Defaults -and $rule.Defaults.ContainsKey($field) -and $rule.Defaults[$field].Default -eq $true) {
                $p | Add-Member -Force NoteProperty ServerDefault $true
            }
            $p.Base64 = if ($rule -and $rule.ContainsKey('Fields')) { $field -in @($rule.Base64) }
                        else { $field -in $Base64Fields -or ($schema.ContainsKey('description') -and $schema.description -match 'base64') }
            $p.ValidateSet = $validateSet
            if ($schema.ContainsKey('description')) { $p.Description = $schema.description }
            $mandatory = $field -in $required -and $field -notin $inGroup
            [void](Add-Parameter $cmdlet $p $set $mandatory)
        }
        foreach ($group in $oneOf) {
            $names = @($group | ForEach-Object { Get-RenamedField $entry $_ })
            if (-not $cmdlet.PSObject.Properties['OneOf']) { $cmdlet | Add-Member -Force NoteProperty OneOf ([System.Collections.Generic.List[string[]]]::new()) }
            if (-not @($cmdlet.OneOf | Where-Object { ($_ -join ',') -eq ($names -join ',') })) { $cmdlet.OneOf.Add($names) }
        }
        if ($rule -and $rule.RequiredWhen) {
            if (-not $cmdlet.PSObject.Properties['RequiredWhen']) { $cmdlet | Add-Member -Force NoteProperty RequiredWhen ([ordered]@{}) }
            # Only a condition on what the user gives ("field" or "field=value") can be checked before sending;
            # the rest (a value stored on the server, a field inside a bundle) stays the server's to check.
            foreach ($field in $rule.RequiredWhen.Keys | Where-Object { $rule.RequiredWhen[$_] -match '^\w+(=[\w-]+)?$' }) {
                $cmdlet.RequiredWhen[(Get-RenamedField $entry $field)] = $rule.RequiredWhen[$field]
            }
        }
        # Every list route of a Get- cmdlet takes the name filter (one parameter for all its sets); a route
        # that gets one resource by its own id, or answers one object, does not.
        $named = $cmdlet.Parameters['Name']
        $byOwnId = @($cmdlet.Parameters.Values | Where-Object { $_.Kind -eq 'path' -and $_.Own -and $_.Sets.Contains($set) }).Count -gt 0
        if ($verb -eq 'Get' -and $entry.Method -eq 'GET' -and $entry.Set -ne 'ByUuid' -and (-not $named -or $named.NameFilter) -and -not $entry.BeyondDocument -and
            -not $byOwnId -and -not (Test-ObjectResponse $entry $Spec) -and -not $discriminated) {
            $response = Get-ResponseSchema $entry $Spec
            $knownWithoutName = $response -and $response.ContainsKey('properties') -and $response.properties.Count -gt 0 -and -not $response.properties.Contains('name')
            if (-not $knownWithoutName) {
                $p = New-Parameter 'Name' 'string[]' 'filter' $null
                $p.NameFilter = $true
                $p.Description = 'Names to keep; wildcards are allowed. A plain name that matches nothing is an error.'
                [void](Add-Parameter $cmdlet $p $set $false)
            }
        }
    }
    $script:CurrentType = $null
    # A plain id piped to a cmdlet that also needs its parent's id means nothing; by-value binding would
    # only turn piped objects into strings and hide the parent set they belong to.
    if ($hasParent) {
        foreach ($param in @($cmdlet.Parameters.Values)) {
            $param.ByValue = $false
            # Where some set also takes a parent's id, the own id is named after the resource
            # (-ScheduledTaskUuid, -DeploymentUuid): a piped parent then never binds its own Uuid as
            # the child's id, and a piped child (which has the alias property) binds both.
            # A name-or-id stays -Name, as the resource's objects carry it.
            if ($param.Kind -eq 'path' -and $param.Own -and $param.Name -ne 'Name') {
                $cmdlet.Parameters.Remove($param.Name)
                $param.Name = ($resource -replace 'Log$', '') + $param.Name
                $cmdlet.Parameters[$param.Name] = $param
            }
        }
    }
    if ($discriminated) {
        $discName = $first.Options.disc ?? 'Type'
        $cmdlet | Add-Member -Force NoteProperty Discriminator $discName
        $p = New-Parameter $discName 'string' 'discriminator' $null
        $p.ValidateSet = @($Entries | ForEach-Object { $_.Options.type })
        $p.Position = 0
        $p.Description = 'Which kind to address: ' + ($p.ValidateSet -join ', ') + '.'
        $cmdlet.Parameters.Insert(0, $discName, $p)
        $p.Sets[$all] = $true
        foreach ($param in $cmdlet.Parameters.Values) {
            if ($param.Kind -eq 'discriminator') { continue }
            $types = @($Entries | Where-Object { Test-EntryHasField $_ $param $Spec } | ForEach-Object { $_.Options.type })
            $param | Add-Member -Force NoteProperty ForTypes $types
            # Mandatory only when every kind needs it; otherwise checked for the kind chosen.
            $param.Sets[$all] = $param.RequiredIn.Count -eq @($Entries).Count
        }
    }
    # A set that no mandatory parameter of its own tells apart gets a switch named after it
    # (Export-CoolifyServer -Mailbox), so PowerShell can choose it.
    if (-not $singleSet) {
        $setNames = @($Entries | ForEach-Object { $_.Set } | Select-Object -Unique)
        $members = { param($s) @($cmdlet.Parameters.Values | Where-Object { $_.Sets.Contains($s) } | ForEach-Object Name) }
        $mandatory = { param($s) @($cmdlet.Parameters.Values | Where-Object { $_.Sets.Contains($s) -and $_.Sets[$s] } | ForEach-Object Name) }
        foreach ($setName in $setNames | Select-Object -Skip 1) {
            # Ambiguous when the set's mandatory parameters also satisfy another set.
            $given = & $mandatory $setName
            $clash = @($setNames | Where-Object { $_ -ne $setName } | Where-Object {
                    $other = $_
                    -not @($given | Where-Object { $_ -notin (& $members $other) }) -and -not @((& $mandatory $other) | Where-Object { $_ -notin $given })
                })
            if ($clash.Count -gt 0) {
                $p = New-Parameter $setName 'SwitchParameter' 'selector' $null
                $p.Description = "Uses the $setName form of the route."
                [void](Add-Parameter $cmdlet $p $setName $true)
            }
        }
    }
    # Piped items are sent concurrently, as the action cmdlets do (CoolifyCmdlet.Queue).
    if (@($cmdlet.Parameters.Values | Where-Object { $_.ByValue -or $_.ByProperty }).Count -gt 0) {
        $p = New-Parameter 'ThrottleLimit' 'int' 'throttle' $null
        $p.Description = 'How many requests to send at once for piped input (default 8). Output keeps the input order.'
        $p.Sets[$all] = $false
        $cmdlet.Parameters['ThrottleLimit'] = $p
    }
    if ($verb -eq 'Remove') {
        $p = New-Parameter 'Force' 'SwitchParameter' 'force' $null
        $p.Description = 'Deletes without asking for confirmation.'
        $p.Sets[$all] = $false
        $cmdlet.Parameters['Force'] = $p
    }
    # A Get- cmdlet with a name filter takes it first, as Get-Service does (Get-CoolifyApplication web*); its
    # ids then go by -Uuid or the pipeline. Ids come first everywhere else.
    if ($cmdlet.Parameters.Contains('Name') -and $cmdlet.Parameters['Name'].NameFilter) {
        foreach ($param in $cmdlet.Parameters.Values) { $param.Position = $null }
        $cmdlet.Parameters['Name'].Position = 0
    }
    foreach ($param in @($cmdlet.Parameters.Values)) {
        if ($param.Name -in $ReservedNames -and $param.Kind -notin 'force') {
            $cmdlet.Parameters.Remove($param.Name)
            $param.Name = $param.Name + 'Value'
            $cmdlet.Parameters[$param.Name] = $param
        }
    }
    Set-MappedParameters $cmdlet $Entries
    # The own id also answers to the name the resource's id has on other cmdlets (-ServiceUuid, -TeamId), which
    # piped objects and splatted hashtables carry, unless another parameter of the cmdlet has that name.
    foreach ($param in @($cmdlet.Parameters.Values | Where-Object { $_.Kind -eq 'path' -and $_.Own -and $_.Name -in 'Uuid', 'Id', 'Name' })) {
        $alias = $resource + $(if ($param.Name -eq 'Id') { 'Id' } else { 'Uuid' })
        $taken = @($cmdlet.Parameters.Values | ForEach-Object { $_.Name; $_.Aliases })
        if ($alias -notin $taken) { $param.Aliases.Add($alias) }
    }
    $cmdlet
}

# What build/api-map.txt says of single parameters of a cmdlet (by their names after renames), where the
# rules above give something else: byprop, bool, dict, sets and position.
function Set-MappedParameters($Cmdlet, $Entries) {
    $values = { param($option) @($Entries | ForEach-Object { $_.Options[$option] } | Where-Object { $_ } | ForEach-Object { $_ -split ',' }) }
    $find = {
        param($name, $option)
        $p = $Cmdlet.Parameters[$name]
        if (-not $p) { throw "api-map.txt: $($Cmdlet.Name) has no -$name for $option=." }
        $p
    }
    foreach ($name in & $values 'byprop') { (& $find $name 'byprop').ByProperty = $true }
    foreach ($name in & $values 'bool') {
        $p = & $find $name 'bool'
        if ($p.Type -ne 'SwitchParameter') { throw "api-map.txt: -$name of $($Cmdlet.Name) is $($p.Type), not a switch, for bool=." }
        $p.Type = 'bool?'
    }
    foreach ($name in & $values 'dict') { (& $find $name 'dict').Type = 'System.Collections.IDictionary' }
    $choices = @(& $values 'sets')
    if ($choices.Count) {
        if (-not $Cmdlet.SingleSet -or $Cmdlet.Discriminated) { throw "api-map.txt: sets= needs a cmdlet of one route ($($Cmdlet.Name))." }
        $chosen = foreach ($pair in $choices) {
            $name, $setName = $pair -split ':', 2
            $p = & $find $name 'sets'
            $p.Sets = [ordered]@{ $setName = $true }
            $name
        }
        $Cmdlet.DefaultSet = ($choices[0] -split ':', 2)[1]
        $Cmdlet | Add-Member -Force NoteProperty NamedSets $true
        # The sets tell which one is given, so the check that one of them is goes.
        if ($Cmdlet.PSObject.Properties['OneOf']) {
            $kept = [System.Collections.Generic.List[string[]]]::new()
            foreach ($group in $Cmdlet.OneOf) { if (@($group | Where-Object { $_ -notin $chosen }).Count) { $kept.Add($group) } }
            $Cmdlet.OneOf = $kept
        }
    }
    foreach ($pair in & $values 'position') {
        $name, $position = $pair -split ':', 2
        $p = & $find $name 'position'
        $p.Position = [int]$position
        $shares = { param($a, $b) $a.Sets.Contains('__AllParameterSets') -or $b.Sets.Contains('__AllParameterSets') -or @($a.Sets.Keys | Where-Object { $b.Sets.Contains($_) }).Count }
        $clash = @($Cmdlet.Parameters.Values | Where-Object { $_ -ne $p -and $_.Position -eq $p.Position -and (& $shares $_ $p) })
        if ($clash) { throw "api-map.txt: -$name of $($Cmdlet.Name) at position $position, where -$($clash[0].Name) is." }
    }
}

# True when the operation's documented answer is a single object (GET /team), not a list to filter by name.
function Test-ObjectResponse($Entry, $Spec) {
    if ($Entry.Options.unwrap) { return $false }
    foreach ($code in @('200', '201')) {
        if (-not $Entry.Op.responses.ContainsKey($code)) { continue }
        $response = $Entry.Op.responses[$code]
        if ($response.ContainsKey('$ref') -or -not $response.ContainsKey('content')) { continue }
        $json = $response.content['application/json']
        if ($null -eq $json -or -not $json.ContainsKey('schema')) { continue }
        $schema = Resolve-Schema $json.schema $Spec
        return $schema.ContainsKey('type') -and $schema.type -eq 'object'
    }
    $false
}

# The query parameters of an operation: the server's rules where they list them (with fields the document
# lacks), else the document's.
function Get-QueryFields($Entry, $Rule) {
    $documented = @($Entry.Op.parameters | Where-Object { $_ -and $_.in -eq 'query' })
    if (-not ($Rule -and $Rule.Query)) { return $documented }
    $names = @($documented | ForEach-Object name | Where-Object { $Rule.Query.ContainsKey($_) }) + @($Rule.Query.Keys | Where-Object { $_ -notin $documented.name } | Sort-Object)
    foreach ($name in $names) {
        $doc = @($documented | Where-Object name -eq $name)[0]
        $type = switch ($Rule.Query[$name].Type) { 'bool' { 'boolean' } 'integer' { 'integer' } default { 'string' } }
        @{ name = $name; in = 'query'; required = [bool]$Rule.Query[$name].Required; schema = @{ type = $type }; description = $(if ($doc) { $doc.description } else { $null }) }
    }
}

function Get-RenamedField($Entry, [string] $Field) {
    if ($Entry.Options.rename) {
        foreach ($pair in $Entry.Options.rename -split ',') {
            $from, $to = $pair -split ':'
            if ($from -eq $Field) { return $to }
        }
    }
    if ($Field -eq 'force') { return 'ForceRebuild' }
    ConvertTo-PascalCase $Field
}

# The body fields an operation gets parameters for: the server's rules where they list them (less the fields
# the server accepts but drops), else the document's. A free-form -Property body stays free-form; the module
# checks its keys against the rules at run time.
function Get-EntryBodyFields($Entry, $Spec) {
    $rule = $script:ServerRules[$Entry.OperationId]
    if ($Entry.Options.body -eq 'property') { return }
    if ($rule -and $rule.ContainsKey('Fields')) { return $rule.Fields | Where-Object { -not ($rule.Ignored -and $rule.Ignored.ContainsKey($_)) } }
    $body = Get-BodySchema $Entry $Spec $script:Operations
    if ($body -and $body.ContainsKey('properties')) { $body.properties.Keys }
}

function Test-EntryHasField($Entry, $Param, $Spec) {
    switch ($Param.Kind) {
        'body' { return $Param.Wire -in @(Get-EntryBodyFields $Entry $Spec) }
        'query' { return [bool]@(Get-QueryFields $Entry $script:ServerRules[$Entry.OperationId] | Where-Object { $_.name -eq $Param.Wire }) }
        'bodymap' { return $Entry.Options.body -eq 'property' }
        default { return $true }
    }
}
