import java.security.MessageDigest
import java.util.zip.ZipFile

def first = new File(basedir, 'first/lambda.zip')
def again = new File(basedir, 'target/lambda.zip')
assert first.isFile()
assert again.isFile()

def sha256 = { File file -> MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
assert sha256(first) == sha256(again)

def names = new ZipFile(again).withCloseable { zip -> zip.entries().collect { it.name } }
assert names == ['com/', 'com/example/', 'com/example/Greeting.class', 'lib/',
                 "lib/jackson-core-${jacksonVersion}.jar".toString()]
return true
