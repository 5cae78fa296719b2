"""Cues that decide how a phrase the detectors found is read in its sentence.

Negation ("no blue tint"), hedges and fears ("I was scared it would go blue"), another
practitioner's work ("my old clinic left me with a helmet"), healing effects that settled
("too dark for the first few days, then it softened") and scar camouflage ("covered my
FUE scar"). All are matched case-insensitively.
"""

from __future__ import annotations

# Words that negate what follows them within a clause.
NEGATION = (
    r"\b(?:no|not|never|none|nothing|nobody|without|zero|nor|neither|hardly|barely|free\s+of|"
    r"lack\s+of|absence\s+of|minus|instead\s+of|rather\s+than|nowhere\s+near)\b"
    r"|\b(?:did|do|does|was|were|is|are|has|have|had|could|would|should|wo|ca|ai|must|need)"
    r"n[’']?t\b|\bcannot\b"
)
# Phrases that contain a negation word but do not negate what follows.
NOT_NEGATION = (
    r"\b(?:not\s+only|not\s+just|no\s+doubt|no\s+wonder|not\s+long|not\s+until|no\s+idea\s+why|"
    r"not\s+sure\s+(?:why|if|whether)|no\s+longer|not\s+even\s+\w+\s+(?:months?|weeks?|days?|"
    r"years?)"
    r"|nothing\s+but|never\s+again|no\s+one\s+told|nobody\s+told|no\s+matter|"
    r"(?:can|could)n[’']?t\s+believe|(?:did|do)n[’']?t\s+(?:notice|realise|realize|expect|know|"
    r"think|take\s+long|last|see\s+it)|never\s+(?:thought|expected|imagined)|"
    r"(?:can|could)n[’']?t\s+(?:stop|help)|(?:can|could)n[’']?t\s+(?:have\s+)?(?:been|be|do|have\s+done)"
    r"\s+(?:any\s+)?more|(?:can|could)n[’']?t\s+(?:fault|recommend\s+\w+\s+enough))\b"
)
# Words after which a negation no longer reaches: a new subordinate clause.
NEGATION_BREAK = (
    r"\b(?:why|because|cause|since|until|which|who|how\s+come|though|although|and\s+now)\b"
    r"|\band\s+(?:then\s+|just\s+|also\s+)?\w+ed\b"
    r"|,\s*(?:and\s+)?(?:then\s+|also\s+|even\s+)?(?:went|took|gave|showed|told|sat|spent|ran|kept|"
    r"talked|walked|explained|answered|made\s+sure|offered|drew|sketched)\b"
)

# Said right after a complication: it did not happen ("blurring hasn't been an issue").
POST_NEGATION = (
    r"\W*(?:\w+\s+){0,3}?(?:(?:has|have|is|was|were|are|had)(?:n[’']?t|\s+not|"
    r"\s+never)\s+(?:been\s+|"
    r"ever\s+been\s+)?(?:an?\s+|any\s+)?(?:issue|problem|concern|thing)|(?:never|did(?:n[’']?t|"
    r"\s+not)|"
    r"has(?:n[’']?t|\s+not))\s+(?:ever\s+)?(?:show(?:ed|n)?\s+up|happen(?:ed)?|appear(?:ed)?|"
    r"materiali[sz]ed?|occur(?:red)?|came))\b"
)

# Said right after a complication: a risk or a precaution, not an event ("infection risk").
POST_HEDGE = (
    r"\s*(?:risks?|prevention|control|free|concerns?|worries|fears?|(?:might|may|could)\s+(?:not\s+)?"
    r"(?:take|appear|form|happen|develop|show)|(?:nearly\s+|almost\s+)?(?:always|usually|typically|"
    r"generally)\s+(?:comes?|happens?|means|results?|is\s+(?:caused|down)))\b"
)

# Hedges and fears: the complication did not happen (yet), or happened to someone else.
# These reach back to the start of their clause...
HYPOTHETICAL = (
    r"\b(?:worr(?:y|ied|ying|ies)|scared|afraid|fear(?:ed|ful|s)?|concern(?:ed|s)?|nervous|"
    r"anxious|paranoid|terrified|petrified|dread(?:ed|ing)?|panick(?:ed|ing)|expect(?:ed|ing)|"
    r"horror\s+stor\w*|(?:read|reading|hear|heard|hearing|see|seen|saw|watched)\s+(?:about|of|"
    r"that|stories|so\s+many|pics|images|clips|posts|stuff|things|"
    r"loads|lots|pictures|photos|videos|examples|online|reviews|plenty)|"
    r"would(?!\s+(?:say|not\s+recommend|recommend|go\s+back|give|rate|never))|"
    r"(?:it|they|that|this|he|she|I|you)['’]d(?=\s+(?:\w+\s+)?(?:be|look|end|go|turn|come|get|"
    r"become|fade|blur|spread|bleed|migrate|need|leave)\b)|"
    r"could(?!\s+(?:see|tell|notice|not\s+believe))|might(?!\s+be\s+(?:just\s+)?me)|(?-i:may)|"
    r"risks?|chance\s+of|avoid\w*|prevent\w*|to\s+stop|warn(?:ed|s|ing)?|hop(?:e|ed|ing)\b|"
    r"(?:talked|steered|put)\s+(?:me|him|her|them|us)\s+(?:out\s+of|off|away\s+from)|"
    r"advised\s+(?:me\s+|him\s+|her\s+)?against|"
    r"ensure|make\s+sure|so\s+(?:that\s+)?(?:it|they)\s+(?:don|doesn|won)|can\s+(?:turn|go|look|"
    r"end\s+up|cause|lead|result|become|happen|fade|blur|spread|migrate|bleed)|stops|stopping|tends?\s+to|common\s+(?:problem|issue|with)|"
    r"(?:other|some)\s+people|people\s+(?:say|said|get|getting)|myths?|imagin\w*|pictur(?:e|ed|"
    r"ing)|"
    r"(?:everyone|everybody|people|they|friends|folk)\s+(?:told|tell|tells|warned|warn|said|say)|"
    r"(?:thought|idea)\s+of|means|leads?\s+to|results?\s+in|"
    r"anyone\s+(?:considering|thinking|looking|wanting)|possib(?:le|ly|ility)|potential(?:ly)?|"
    # a plan put right before the work: "told me my first hairline idea was too low"
    r"(?:idea|plan|request|suggestion)\s+(?:was|were|had\s+been))\b"
)
# Fears and expectations about the consultation itself ("I expected a hard sell").
EASE_HYPOTHETICAL = (
    r"\b(?:worried|scared|afraid|fear(?:ed)?|nervous|expect(?:ed|ing)|assum(?:ed|ing)|braced?|"
    r"thought\s+(?:it|he|she|they)\s+(?:would|might)|would(?!\s+(?:not|never))|might|if)\b"
)
# ...and these to the start of their sentence.
CONDITIONAL = (
    r"\b(?:what\s+if|in\s+case|unless|whether|"
    r"(?<!as\s)(?<!even\s)if(?!\s+you\s+(?:like|want|fancy|enjoy|don['’]?t\s+mind)))\b"
)
# After a hedge, these say that the feared thing did happen.
AFFIRMATION = (
    r"\b(?:sure\s+enough|which\s+(?:is\s+exactly\s+what\s+happened|it\s+did|they\s+did|happened)|"
    r"and\s+(?:it|they)\s+(?:did|has|have)|exactly\s+what\s+happened|that'?s\s+(?:exactly\s+)?"
    r"what\s+happened|came\s+true|happened\s+anyway|and\s+(?:now|it\s+has)|guess\s+what)\b"
)
# Clause and contrast boundaries: negation and hedges stop here.
CONTRAST = (
    r"\b(?:but|however|though|although|yet|except|whereas|until|sadly|unfortunately|turns\s+out|"
    r"in\s+the\s+end|instead(?!\s+of\s+\w+ing\b)|now|and\s+then|then)\b|[;:—–(]|\s-\s"
    r"|\band\s+(?=(?:the|my|it|its|it['’]s|they|i|he|she|we|there|his|her|their|loads|lots|plenty|"
    r"a\s+lot|great|real|genuine|so\s+much|very|really|super)\b)"
)
COMMA_CLAUSE = (
    r",\s*(?=(?:i|i'm|i’m|it|it's|it’s|he|she|they|we|you|my|his|her|their|the|this|that|there|"
    r"but|so|now|then|which|although|though|after|since|because|still|sadly|unfortunately|"
    r"plus|also|always)\b)"
)

# Another practitioner named outright ("the first clinic I tried", "elsewhere").
OTHER_PRACTITIONER = (
    r"\b(?:another|different|other|previous|prior|former|first|old|last|original|earlier)\s+"
    r"(?:clinic|artist|place|studio|practitioner|technician|tech|guy|company|provider|salon|"
    r"smp)\b|\b(?:another|different|previous|prior|former)\s+(?:treatment|job|attempt|work)\b|"
    r"\belsewhere\b|\bsomewhere\s+else\b(?!\s+to\s+be)|\bsomeone\s+else\b"
)
# Another practitioner's work, or a fix of it: not a flag against this practitioner.
ELSEWHERE = (
    OTHER_PRACTITIONER + r"|\bcowboys?\b|"
    r"\b(?:my|a|his|her)\s+(?:mate|friend|brother|cousin|dad|father|uncle|colleague|buddy|pal|"
    r"neighbou?r)(?:['’]s)?\b|\bbefore\s+(?:i\s+)?(?:came|coming|found)\b|\babroad\b|"
    r"\b(?:cheap|cheaper|dodgy|budget|bargain)\s+(?:deal|offer|clinic|place|studio|artist|guy|"
    r"job|option)\b|"
    r"\b(?:friend|mate|pal|buddy|colleague|cousin|brother|sister|dad|uncle)s?\s+of\s+(?:mine|ours)\b"
    r"|\bsomewhere\s+(?:cheap|cheaper|dodgy|abroad)\b|\bback-?street\b"
    # "the guy before her", "the clinic I used before this one", "a lad ... had his done"
    r"|\b(?:guy|artist|bloke|woman|lady|clinic|place|studio|one|person|practitioner)\s+before\s+"
    r"(?:her|him|them|this|these|that)\b|\bbefore\s+(?:this|these)\s+(?:one|lot|guys|clinic|place|"
    r"studio|artist)\b|\bhad\s+(?:his|hers|theirs)\s+done\b"
    r"|\b(?:first|previous|earlier|original)\s+(?:go|attempt|try|round)\s+(?:at|with)\b"
    # what the practitioner put right: "redid my hairline after a bad SMP job"
    r"|\bafter\s+(?:a|an|my)\s+(?:bad|botched|terrible|awful|poor|dodgy|failed)\s+"
    r"(?:\w+\s+){0,2}(?:job|attempt|experience|session|treatment)\b"
)
# The trade at large, of which a clause then says "they ...": "which a lot of places here get
# wrong because they go far too dark"
TRADE_AT_LARGE = (
    r"\b(?:a\s+lot\s+of|lots\s+of|loads\s+of|plenty\s+of|many|most|some|other)\s+"
    r"(?:of\s+the\s+)?(?:places|clinics|artists|studios|practitioners|providers|parlou?rs)\b"
)
FIX = (
    r"\b(?:fix(?:ed|ing|es)?|correct(?:ed|ing|ion|ions)?|repair(?:ed|ing|s)?|"
    r"cover(?:ed|ing)?(?:\s*-?up|\s+(?:the|my))|rescued?|sort(?:ed)?\s+out|undo|undid|remov(?:e|ed|al|ing)|lighten(?:ed|ing)?|"
    r"get\s+rid\s+of|got\s+rid\s+of|laser(?:ed)?\s+(?:off|away|out)|fade\s+out)\b"
)
OWN_FIX = (
    r"\b(?:need(?:s|ed)?\s+to|had\s+to|have\s+to|refused\s+to|won[’']?t|wouldn[’']?t|couldn[’']?t|"
    r"can[’']?t|offered\s+to|promised\s+to|tried\s+to|still|failed\s+to|never)\s+(?:\w+\s+)?$"
)

# Transient healing effects that the reviewer says settled down: not a complication.
TRANSIENT = (
    r"\b(?:at\s+first|initially|first\s+(?:few\s+|couple\s+of\s+)?(?:days?|weeks?|session)|"
    r"for\s+(?:a\s+)?"
    r"(?:few|couple\s+of)\s+(?:days|weeks)|straight\s+after|right\s+after|immediately\s+after|"
    r"after\s+(?:the\s+)?(?:first|1st)\s+session|during\s+(?:the\s+)?healing|while\s+healing|"
    r"before\s+(?:the\s+)?(?:second|2nd|next|final|last)\s+session|"
    r"after\s+(?:the\s+)?(?:first|1st)\s+(?:go|visit|round|sitting)|first\s+fortnight|"
    r"while\s+(?:the\s+)?scabs?|(?:scabs|scabbing)\s+(?:were|was)\s+still)\b"
)
RESOLVED = (
    r"\b(?:settled(?:\s+down)?|soften(?:ed|s)?|calmed\s+down|lightened|healed\s+(?:nicely|"
    r"perfectly|well|beautifully|fine|lighter)|evened\s+(?:it\s+)?out|went\s+away|cleared\s+up|"
    r"sorted|fixed|filled\s+(?:\w+\s+){0,2}in|filled\s+(?:in\s+)?(?:every|all\s+the|the)\s+gaps?|"
    r"(?:but|and|so)\s+\w+\s+re-?did\s+(?:it|them|that|those)|"  # "but she redid it for free"
    r"(?:tightened|sharpened|crisped)\s+(?:right\s+)?up|(?:all\s+)?(?:sharp|crisp)\s+again|"
    r"blended(?!\s+into\s+(?:mush|an?\s+(?:blur|mess|smudge|blob|smear)))|toned\s+down|faded\s+to|barely\s+noticeable|"
    r"(?:you['’]?d|you\s+would|nobody\s+would|no\s+one\s+would)\s+never\s+notice|"
    r"(?:nobody|no\s+one)\s+(?:notices|can\s+tell)|disappeared|"
    r"(?:completely|perfectly|totally)\s+even|"
    r"(?:is|are)\s+(?:all\s+|completely\s+|totally\s+)?gone(?!\s+[a-z]))\b"
)
# Said of a healing effect: expected, so not a complication.
EXPECTED = (
    r"\b(?:(?:totally|completely|perfectly|quite)\s+)?"
    r"(?:normal|expected|part\s+of\s+the\s+process|to\s+expect)\b"
)
RESOLVABLE = frozenset({"too-dark", "patchy-fading", "migration", "hairline"})
# Settled only when the reviewer also says it was a healing phase ("for the first weeks")
TRANSIENT_ONLY = frozenset({"discoloration"})

# Pre-existing scars that SMP hides: scar camouflage, not scarring.
SCAR_CAMOUFLAGE = (
    r"\b(?:transplants?|fue|fut|strip|surgery|surgical|camo\w*|camouflag\w*|hide|hid|hidden|hiding|"
    r"conceal\w*|disguis\w*|blend\w*|donor|accident|injury|birth|old|existing|scar\s+(?:cover|area|session)|in\s+scar\s+tissue|not\s+seen|"
    r"no\s+longer\s+(?:visible|shows)|invisible|"
    r"took\s+the\s+(?:ink|pigment)|(?:pigment|ink|dots)\s+(?:of|on|over|for|into|in)\s+(?:the|my)\s+scar|"
    r"(?:around|over|across|into|along|near)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:old\s+)?scar\w*|"
    r"cover(?:s|ed|ing)?\s+(?:up\s+)?(?:my|the|his|her|a|an|their|those|these))\b"
)

# A review of a scar's camouflage: the scars it names are the ones treated...
CAMOUFLAGE_TREATMENT = (
    r"\bcamouflag\w*|\bscar\s+(?:cover(?:-?ups?)?|concealment|treatments?|camo)\b"
)
# ...unless the scar's own sentence ties it to the work.
CAUSED_BY_WORK = (
    r"\b(?:new|fresh)\s+(?:raised\s+)?scar|\b(?:left|gave|caused)\s+me\b|"
    r"\b(?:from|after|by|since|during)\s+(?:the|my|their|his|her|each|every|that)\s+"
    r"(?:smp|sessions?|needles?|treatments?|procedure|tattoo\w*|removal|laser|artist|work|"
    r"appointment|camouflage)\b"
)

# A question is a worry, not a report, unless it complains.
COMPLAINT_QUESTION = (
    r"^\W*(?:why|how\s+come|is\s+it\s+normal|is\s+this\s+normal|should\s+my|"
    r"should\s+I\s+be\s+(?:worried|concerned)|does\s+anyone\s+know\s+why)\b"
)

CORRECTION = (
    r"\b(?P<k>(?:smp\s+)?(?:correction|repair)\s+(?:work|session|job|of)|fix(?:ed)?\s+(?:my|the|a|"
    r"his|her)\s+(?:botched|bad|old|previous|dodgy|awful|terrible|failed)|cover(?:ed)?\s*-?up\s+"
    r"(?:of\s+)?(?:my|the|a|an)\s+(?:old|bad|botched|previous))\b"
)

# Someone else's words inside a review: a forum line quoted with ">", or the owner's reply
# pasted in ("Owner's response: 'we never rush'"). Not what the reviewer reports.
OTHERS_WORDS = (
    r"^[ \t]*>[^\n]*"
    r"|\b(?:(?:the\s+)?owner['’]?s?\s+(?:response|reply)|(?:response|reply)\s+from\s+(?:the\s+)?"
    r"(?:owner|business|clinic|studio|manager)|(?:the\s+)?(?:clinic|studio|business)['’]s\s+"
    r"(?:response|reply))\s*:\s*"
    r"(?:\x22[^\x22\n]*\x22?|“[^”\n]*”?|‘(?:[^’\n]|’(?=\w))*’?|'(?:[^'\n]|'(?=\w))*'?|[^\n]*)"
)
