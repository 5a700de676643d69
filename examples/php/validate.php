<?php
// Checks a service-standard document with a running `sp serve` and prints the outcome.
// Usage: php validate.php FILE [http://127.0.0.1:8080] [id|en]
$file = $argv[1] ?? exit("usage: php validate.php FILE [BASE_URL] [LANG]\n");
$base = rtrim($argv[2] ?? 'http://127.0.0.1:8080', '/');
$lang = $argv[3] ?? 'id';
$curl = curl_init("$base/v1/validate?lang=" . urlencode($lang));
curl_setopt_array($curl, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => file_get_contents($file),
    CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Accept: application/json'],
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 60,
]);
$body = curl_exec($curl) ?: exit('sp serve unreachable: ' . curl_error($curl) . "\n");
$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
$answer = json_decode($body, true);
if ($status !== 200) { // an RFC 9457 problem: the document could not be read
    printf("%d %s: %s (line %s, column %s, pointer '%s')\n", $status, $answer['code'],
        $answer['detail'], $answer['line'] ?? '-', $answer['column'] ?? '-', $answer['pointer'] ?? '');
    exit(2);
}
foreach ($answer['inputs'] as $input) {
    printf("%s%s: %s, score %s\n", $input['source'], $input['pointer'] ?? '',
        $input['passed'] ? 'passed' : 'NOT passed', $input['score'] ?? '-');
    foreach ($input['findings'] ?? [] as $f) {
        printf("  %s %s %s: %s\n", $f['severity'], $f['ruleId'], $f['pointer'], $f['message']);
    }
}
exit($answer['passed'] ? 0 : 1);
