# The hand-written create and update cmdlets against what the real Coolify server (4.3.11) accepts, on the
# wire: each is called against the simulator with as many of its body parameters as make sense together, and
# the body it sent is checked against build/server-rules.psd1 (the server's allow-lists, required and base64
# fields). The generated cmdlets have their own check (ServerConformance.Tests.ps1).
#
# A field the rules list (less Ignored) that no call below sends must be in $NoParameter with the reason the
# cmdlet has no parameter for it, so a field a new server version adds fails here until it gets a parameter or
# a reason.

BeforeDiscovery {
    $script:NoParameter = @{
        'create-tag-by-application-uuid'  = @{ tag_name = 'Add-CoolifyTag sends every -Name in tag_names; the server refuses tag_name and tag_names together (HandlesTagsApi.php:59-64)' }
        'create-tag-by-service-uuid'      = @{ tag_name = 'Add-CoolifyTag sends every -Name in tag_names; the server refuses tag_name and tag_names together (HandlesTagsApi.php:59-64)' }
        'create-tag-by-database-uuid'     = @{ tag_name = 'Add-CoolifyTag sends every -Name in tag_names; the server refuses tag_name and tag_names together (HandlesTagsApi.php:59-64)' }
        'update-storage-by-application-uuid' = @{ id = 'the storage is named by -Uuid (a piped storage binds it); id is the server''s other way to name the same storage' }
        'update-storage-by-service-uuid'     = @{ id = 'the storage is named by -Uuid (a piped storage binds it); id is the server''s other way to name the same storage' }
        'update-storage-by-database-uuid'    = @{ id = 'the storage is named by -Uuid (a piped storage binds it); id is the server''s other way to name the same storage' }
    }

    # Each call: the operation it should reach, the request (method, path pattern) to read, and the call itself.
    # Plain is the text the user gave for a base64 field, to compare with what went over the wire.
    $compose = "services:`n  web:`n    image: nginx:alpine`n"
    $script:Calls = @(
        @{ Name = 'New-CoolifyService -Type'; Operation = 'create-service'; Method = 'POST'; Path = '/api/v1/services'; Call = {
                New-CoolifyService -Type n8n -Name n8n-two -Description 'second n8n' -ProjectUuid $script:Project -ServerUuid $script:Server `
                    -EnvironmentName production -DestinationUuid $script:Destination -Url @{ n8n = 'https://n8n-two.example.com' } -ForceDomainOverride `
                    -ContainerLabelEscape $false -Tag conformance -InstantDeploy } }
        @{ Name = 'New-CoolifyService -DockerCompose'; Operation = 'create-service'; Method = 'POST'; Path = '/api/v1/services'; Compose = $compose; Plain = @{ docker_compose_raw = $compose }; Call = {
                New-CoolifyService -DockerCompose $Compose -Name wiki -ProjectUuid $script:Project -ServerUuid $script:Server -EnvironmentUuid $script:Environment } }
        @{ Name = 'Set-CoolifyService'; Operation = 'update-service-by-uuid'; Method = 'PATCH'; Path = '/api/v1/services/*'; Compose = $compose; Plain = @{ docker_compose_raw = $compose }; Call = {
                Set-CoolifyService -Uuid $script:Svc -Name renamed -Description changed -DockerCompose $Compose -Url @{ n8n = 'https://n8n-renamed.example.com' } `
                    -ForceDomainOverride -ConnectToDockerNetwork $true -ContainerLabelEscape $true -InstantDeploy } }
        @{ Name = 'Copy-CoolifyService'; Operation = 'clone-service-by-uuid'; Method = 'POST'; Path = '/api/v1/services/*/clone'; Call = {
                Copy-CoolifyService -Uuid $script:Svc -DestinationUuid $script:Destination -Name n8n-copy -CloneVolumes } }
        @{ Name = 'Move-CoolifyService -EnvironmentUuid'; Operation = 'move-service-by-uuid'; Method = 'POST'; Path = '/api/v1/services/*/move'; Call = {
                Move-CoolifyService -Uuid $script:Svc -EnvironmentUuid $script:OtherEnvironment } }
        @{ Name = 'Move-CoolifyService -DestinationUuid'; Operation = 'migrate-service-by-uuid'; Method = 'POST'; Path = '/api/v1/services/*/migrate'; Call = {
                Set-CoolifySimulator $script:Sim @{ development = $true }
                Move-CoolifyService -Uuid $script:Svc -DestinationUuid dst1edge0000000000000000 -MigrateVolumes:$false } }

        @{ Name = 'New-CoolifyProject'; Operation = 'create-project'; Method = 'POST'; Path = '/api/v1/projects'; Call = {
                New-CoolifyProject -Name conformance -Description 'made by a test' } }
        @{ Name = 'Set-CoolifyProject'; Operation = 'update-project-by-uuid'; Method = 'PATCH'; Path = '/api/v1/projects/*'; Call = {
                Set-CoolifyProject -Uuid $script:Project -Name web-renamed -Description changed } }
        @{ Name = 'New-CoolifyEnvironment'; Operation = 'create-environment'; Method = 'POST'; Path = '/api/v1/projects/*/environments'; Call = {
                New-CoolifyEnvironment -ProjectUuid $script:Project -Name qa } }
        @{ Name = 'Set-CoolifyEnvironment'; Operation = 'update-environment'; Method = 'PATCH'; Path = '/api/v1/projects/*/environments/*'; Call = {
                Set-CoolifyEnvironment -ProjectUuid $script:Project -Name staging -NewName stage -Description changed } }

        foreach ($owner in 'application', 'service', 'database') {
            $root = @{ application = 'applications'; service = 'services'; database = 'databases' }[$owner]
            @{ Name = "New-CoolifyStorage persistent ($owner)"; Operation = "create-storage-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Component
                    New-CoolifyStorage @o -Type persistent -Name cache -MountPath /cache -HostPath /srv/cache } }
            @{ Name = "New-CoolifyStorage file ($owner)"; Operation = "create-storage-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Component
                    New-CoolifyStorage @o -Type file -MountPath /etc/app.conf -Content "key=value`n" } }
            @{ Name = "New-CoolifyStorage file -IsDirectory ($owner)"; Operation = "create-storage-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Component
                    New-CoolifyStorage @o -Type file -IsDirectory -FsPath /srv/app/data -MountPath /data } }
            @{ Name = "New-CoolifyStorage file -IsHostFile ($owner)"; Operation = "create-storage-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Component
                    New-CoolifyStorage @o -Type file -IsHostFile -FsPath /etc/ssl/ca.pem -MountPath /certs/ca.pem } }
            @{ Name = "Set-CoolifyStorage persistent ($owner)"; Operation = "update-storage-by-$owner-uuid"; Method = 'PATCH'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Storage persistent
                    Set-CoolifyStorage @o -Type persistent -Name cache2 -MountPath /cache2 -HostPath /srv/cache2 -IsPreviewSuffixEnabled $true } }
            @{ Name = "Set-CoolifyStorage file ($owner)"; Operation = "update-storage-by-$owner-uuid"; Method = 'PATCH'; Path = "/api/v1/$root/*/storages"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Storage file
                    Set-CoolifyStorage @o -Type file -MountPath /etc/app2.conf -Content "key=other`n" } }

            $appOnly = if ($owner -eq 'application') { @{ IsBuildtime = $true; IsRuntime = $false; IsPreview = $false } } else { @{} }
            @{ Name = "New-CoolifyEnvironmentVariable ($owner)"; Operation = "create-env-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/envs"; Owner = $owner; Flags = $appOnly; Call = {
                    $o = Get-Owner $Owner
                    New-CoolifyEnvironmentVariable @o @Flags -Key CONFORMANCE -Value 'one' -IsLiteral $true -IsMultiline $false -IsShownOnce $false -Comment 'from a test' } }
            @{ Name = "Set-CoolifyEnvironmentVariable -Key ($owner)"; Operation = "update-env-by-$owner-uuid"; Method = 'PATCH'; Path = "/api/v1/$root/*/envs"; Owner = $owner; Flags = $appOnly; Call = {
                    $o = Get-Owner $Owner
                    New-CoolifyEnvironmentVariable @o -Key CONFORMANCE -Value 'one' | Out-Null
                    Set-CoolifyEnvironmentVariable @o @Flags -Key CONFORMANCE -Value 'two' -IsLiteral $false -IsMultiline $false -IsShownOnce $false -Comment 'changed' } }
            @{ Name = "Set-CoolifyEnvironmentVariable -Variable ($owner)"; Operation = "update-envs-by-$owner-uuid"; Method = 'PATCH'; Path = "/api/v1/$root/*/envs/bulk"; Owner = $owner; Flags = $appOnly; Items = "update-env-by-$owner-uuid"; Call = {
                    $o = Get-Owner $Owner
                    Set-CoolifyEnvironmentVariable @o @Flags -Variable ([ordered]@{ CONFORMANCE_A = 'a'; CONFORMANCE_B = 'b' }) -IsLiteral $true -IsMultiline $false -IsShownOnce $false -Comment 'bulk' } }

            @{ Name = "Add-CoolifyTag ($owner)"; Operation = "create-tag-by-$owner-uuid"; Method = 'POST'; Path = "/api/v1/$root/*/tags"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner
                    Add-CoolifyTag @o -Name conformance, second } }
            @{ Name = "Set-CoolifyStorageBackupSchedule ($owner)"; Operation = "set-$owner-storage-backup-schedule"; Method = 'PUT'; Path = "/api/v1/$root/*/storages/*/backups"; Owner = $owner; Call = {
                    $o = Get-Owner $Owner -Storage persistent
                    $o.StorageUuid = $o.Uuid
                    $o.Remove('Uuid')
                    Set-CoolifyStorageBackupSchedule @o `
                        -Frequency daily -Enabled $true -SaveS3 $true -S3StorageUuid s3s0backups0000000000000 -DisableLocalBackup $false -StopDuringBackup $true `
                        -RetentionAmountLocally 3 -RetentionDaysLocally 7 -RetentionMaxStorageLocally 1.5 -RetentionAmountS3 10 -RetentionDaysS3 30 -RetentionMaxStorageS3 20 -TimeoutSec 600 } }
        }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Rules = Import-PowerShellDataFile -SkipLimitCheck (Join-Path $PSScriptRoot '../../build/server-rules.psd1')
    $script:Project = 'prj0web00000000000000000'
    $script:Server = 'srv0localhost0000000000a'
    $script:Destination = 'dst0localhost00000000000'
    $script:Svc = 'k0wcgw4'
    $script:Web = 'app1apibackend0000000000'
    $script:Db = 'db0maindb000000000000000'
    # What each call sent, by operation, for the coverage check at the end.
    $script:SentFields = @{}

    # The owner parameters for one kind of owner; -Component adds the service container a storage goes to;
    # -Storage adds -Uuid of a storage of that type (made when there is none).
    function Get-Owner([string] $Kind, [switch] $Component, [string] $Storage) {
        $o = switch ($Kind) {
            'application' { @{ ApplicationUuid = $script:Web } }
            'service' { @{ ServiceUuid = $script:Svc } }
            'database' { @{ DatabaseUuid = $script:Db } }
        }
        $container = if ($Kind -eq 'service') { @{ ResourceUuid = (Get-CoolifyService -Uuid $script:Svc).Applications[0].Uuid } } else { @{} }
        if ($Storage) {
            $found = Get-CoolifyStorage @o | Where-Object Type -eq $Storage | Select-Object -First 1
            if (-not $found) {
                $found = if ($Storage -eq 'persistent') { New-CoolifyStorage @o @container -Type persistent -Name made -MountPath /made }
                else { New-CoolifyStorage @o @container -Type file -MountPath /made.conf -Content 'x' }
            }
            $o.Uuid = $found.Uuid
        }
        elseif ($Component) { $o += $container }
        $o
    }

    function Test-Base64([string] $Text) {
        if ($Text.Length % 4 -ne 0) { return $false }
        try { $null = [Convert]::FromBase64String($Text); $true } catch { $false }
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Hand-written create and update cmdlets send what the server takes' -ForEach @(@{ NoParameter = $script:NoParameter }) {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
        $script:Environment = (Get-CoolifyEnvironment -ProjectUuid $script:Project -Name production).Uuid
        $script:OtherEnvironment = (Get-CoolifyEnvironment -ProjectUuid prj1ops00000000000000000 -Name production).Uuid
    }

    It '<Name> reaches <Operation> with a body the rules accept' -ForEach $script:Calls {
        $rules = $script:Rules[$Operation]
        $rules | Should -Not -BeNullOrEmpty -Because "build/server-rules.psd1 must have an entry for $Operation"
        Clear-CoolifySimulatorRequest $script:Sim
        $errors = @(& $Call 2>&1 | Where-Object { $_ -is [Management.Automation.ErrorRecord] })
        $errors | Should -BeNullOrEmpty -Because 'the simulator answers 422 to what the server refuses'

        $sent = @(Get-CoolifySimulatorRequest $script:Sim -Method $Method | Where-Object path -like $Path)
        $sent.Count | Should -BeGreaterOrEqual 1 -Because "$Name should send $Method $Path"
        $body = $sent[-1].body | ConvertFrom-Json -AsHashtable
        $keys = @($body.Keys)

        # (a) every key sent is one the server reads on this route
        foreach ($key in $keys) { $rules.Fields | Should -Contain $key -Because "$Operation does not take '$key'" }
        # (b) every required field is sent, and one of each required group
        foreach ($field in @($rules.Required)) { $keys | Should -Contain $field -Because "$Operation requires '$field'" }
        foreach ($group in @($rules.RequiredOneOf | Where-Object { $_ })) {
            @($keys | Where-Object { $_ -in $group }).Count | Should -BeGreaterThan 0 -Because "$Operation requires one of $($group -join ', ')"
        }
        # (c) base64 fields are base64 of the text given
        foreach ($field in @($rules.Base64 | Where-Object { $_ -in $keys })) {
            Test-Base64 $body[$field] | Should -BeTrue -Because "$Operation takes $field base64-encoded"
            if ($Plain -and $Plain[$field]) {
                [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($body[$field])) | Should -BeExactly $Plain[$field]
            }
        }
        # the items of a bulk variable update carry only what the owner's single update takes
        if ($Items) {
            $itemFields = $script:Rules[$Items].Fields
            foreach ($item in $body.data) {
                foreach ($key in $item.Keys) { $itemFields | Should -Contain $key -Because "a $Operation item should carry only the fields of $Items" }
            }
        }

        if (-not $script:SentFields[$Operation]) { $script:SentFields[$Operation] = [Collections.Generic.HashSet[string]]::new() }
        foreach ($key in $keys) { $null = $script:SentFields[$Operation].Add($key) }
    }

    # After the calls above (Pester runs the tests of a block in order): (d) what no call sent needs a reason.
    It 'sends, for each operation, every field of the rules (less Ignored) or says why the cmdlet has no parameter for it' {
        $script:SentFields.Count | Should -BeGreaterThan 0 -Because 'the calls above must have run first'
        $missing = foreach ($operation in $script:SentFields.Keys) {
            $rules = $script:Rules[$operation]
            $ignored = if ($rules.Ignored) { @($rules.Ignored.Keys) } else { @() }
            $reasons = if ($NoParameter[$operation]) { $NoParameter[$operation] } else { @{} }
            foreach ($field in @($rules.Fields | Where-Object { $_ -notin $ignored -and -not $script:SentFields[$operation].Contains($_) })) {
                if (-not $reasons.ContainsKey($field)) { "$operation.$field" }
            }
        }
        $missing | Should -BeNullOrEmpty -Because 'a field the server takes needs a parameter, or a reason in $NoParameter'
    }

    It 'keeps $NoParameter honest: each entry is a field the rules list, that no call sends, with a reason' {
        foreach ($operation in $NoParameter.Keys) {
            $script:Rules[$operation] | Should -Not -BeNullOrEmpty -Because "$operation should be an operation of the rules"
            foreach ($field in $NoParameter[$operation].Keys) {
                $script:Rules[$operation].Fields | Should -Contain $field -Because "$operation.$field is listed as having no parameter"
                $script:SentFields[$operation] | Should -Not -Contain $field -Because "$operation.$field is sent, so it has a parameter now"
                $NoParameter[$operation][$field] | Should -Not -BeNullOrEmpty
            }
        }
    }
}

Describe 'connect_to_docker_network: refused on service create, taken on update (A7)' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Clear-CoolifySimulatorRequest $script:Sim }

    It 'is not a field of create-service, and New-CoolifyService has no parameter for it' {
        $script:Rules['create-service'].Fields | Should -Not -Contain 'connect_to_docker_network'
        (Get-Command New-CoolifyService).Parameters.Keys | Should -Not -Contain 'ConnectToDockerNetwork'
    }

    It 'is sent by Set-CoolifyService -ConnectToDockerNetwork, which the update takes' {
        $script:Rules['update-service-by-uuid'].Fields | Should -Contain 'connect_to_docker_network'
        Set-CoolifyService -Uuid $script:Svc -ConnectToDockerNetwork $false -ErrorVariable e -ErrorAction SilentlyContinue
        $e | Should -BeNullOrEmpty
        $body = (Get-CoolifySimulatorRequest $script:Sim -Method PATCH)[-1].body | ConvertFrom-Json -AsHashtable
        $body.Keys | Should -Be @('connect_to_docker_network')
        $body.connect_to_docker_network | Should -BeFalse
    }
}
