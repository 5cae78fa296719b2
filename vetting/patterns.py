"""The words the detectors look for: complications, consultation experience, listing signals.

Each label has a few regular expressions. A pattern may name the group ``k`` as its
trigger: negation and hedging are judged just before the trigger, so in
"the dots haven't spread" the negation sits inside the match but before ``k``.
Patterns that carry their own negation ("no follicle pattern", "never replied")
put the negation inside the trigger so it is not read as cancelling them.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
NT = r"(?:n[’']?t|\s+not)"  # didn't, didnt, did not
_HUE = (
    r"(?:blu(?:e|ish|eish|e-ish|ey|-ish)|green(?:ish|y)?|purpl(?:e|ish|ey)|violet|teal|cyan|cobalt"
    r"|navy|plum|khaki|mauve|lilac|indigo|turquoise"
    r"|gr[ae]y(?:ish)?[- ]?blue|blue[- ]?gr[ae]y|blue[- ]?green|blue[- ]?black)"
)
_DEGREE = (
    r"(?:(?:a|an)\s+)?(?:(?:bit|little|slightly|slight|really|very|quite|kinda|kind of|sort of|"
    r"sorta|somewhat|almost|totally|completely|noticeably|definitely|distinctly|weird|weirdly|"
    r"strange|odd|faint|faintly|obvious|obviously|horrible|horribly|awful|ugly|dull|dark|light|"
    r"strong|ashy|muddy|murky|cold|steely|smoky|dusky|dirty|washed[- ]out|more\s+of\s+a)\s+){0,3}"
)
_SPOT = (
    r"(?:dots?|pigment|ink|impressions?|follicles?|marks?|smp|tattoo|work|stubble|it|they|edges?|"
    r"outlines?)"
)

FLAG_PATTERNS: dict[str, list[str]] = {
    "discoloration": [
        rf"\b(?P<k>{_HUE})[- ]?(?:{_DEGREE})(?:tint|tinge|hue|cast|shade|colou?r|tone|undertone|"
        r"sheen|glow|halo|haze|shadow|dots|pigment|patch(?:es)?|marks?|spots?|ink|head|scalp|smp|"
        r"stubble|crown|"
        r"temples?)\b",
        rf"\b(?P<k>(?:turn(?:ed|ing|s)?|go(?:ne|ing|es)?|went|look(?:s|ed|ing|in)?|appear(?:s|ed)?|"
        r"is|are|was|were|became|become|becoming|fad(?:ed|es|ing)|now|gotten|got|"
        r"(?:it|that|head|scalp|smp|crown)['’]s)\s+"
        rf"(?:{_DEGREE})(?:[a-z]+-)?{_HUE})\b",  # "went a sort of slate-purple", "grey-green"
        r"\b(?P<k>bluish|blueish|blue-ish|greenish|purplish|smurf)",
        r"\b(?P<k>dis-?colou?r(?:ed|ation|ing|s)?)\b",
        r"\b(?P<k>colou?r(?:['’]s)?\s+(?:has\s+|have\s+|had\s+)?(?:changed|shifted|turned|gone off|"
        r"went off))",
        r"\b(?P<k>changed\s+colou?r|(?:odd|weird|strange|wrong|funny|ashy|muddy|unnatural|off)"
        r"[- ]colou?r(?:ed)?)\b",
        # "the colour of old seaweed", "looks bruised", "a greenish-ash colour", "a violet edge"
        r"\b(?P<k>(?:colou?r|shade|tint|tone)\s+of\s+(?:an?\s+)?(?:old\s+|fresh\s+|faded\s+|wet\s+)?"
        r"(?:seaweed|bruises?|storm\s*clouds?|denim|blueberr(?:y|ies)|aubergines?|moss|pond\s*water|"
        r"mou?ld|veins?|smurfs?|slate|a\s+smurf))\b",
        r"\b(?P<k>(?:looks?|looking|looked)\s+bruised|bruise[- ]colou?red|"
        r"(?:properly|proper)\s+"
        rf"{_HUE})\b",
        rf"\b(?P<k>{_HUE})(?:ish)?[- ](?:ash|slate|steel|storm|grey|gray|black)\s*"
        r"(?:colou?r|tint|shade|tone|cast)\b",
        rf"\b(?P<k>{_HUE})\s+(?:edges?|rim|ring|fringe|border)\b",
        # second-language "the colour is going to blue"
        rf"\b(?P<k>(?:going|gone|turning|changing|change|become|becoming|became)\s+(?:to\s+|into\s+)"
        rf"(?:a\s+)?{_HUE})\b",
        # "an olive tinge", "an aubergine colour", "a stripe of petrol blue"
        r"\b(?P<k>(?:olive|aubergine|petrol|cobalt|khaki|slate[- ]blue)\s+(?:tinge|tint|"
        r"cast|sheen|hue|"
        r"colou?r(?:ed)?)|(?:stripe|band|streak|ring|patch|halo)\s+of\s+(?:\w+\s+)?(?:blue|green|purple|"
        r"teal|navy|violet|cyan|cobalt))\b",
    ],
    "migration": [
        rf"\b{_SPOT}\b[^.!?;]{{0,40}}?\b(?P<k>spre?a?d+(?:ing|s)?|blurr?(?:ed|ing|y|s)?|bled|"
        r"bleed(?:ing|s)?|merg(?:ed|ing|e|es)|migrat(?:ed|ing|e|es)|ran together|run together|"
        r"running together|joined up|joining up|fuzzy|smudged?|smudgy|blotted|grown|got bigger|"
        r"melted|melting|feathered|feathering|fanned\s+out|smeared|bloated|fuzz(?:ed|ing)|"
        r"ballooned|blended\s+into\s+(?:mush|an?\s+(?:blur|mess|smudge|blob|smear))|"
        r"(?:noticeably\s+|much\s+|way\s+|a\s+lot\s+)?(?:bigger|larger|wider|thicker|fatter)"
        r"(?!\s+(?:hair|head\s+of\s+hair|coverage))|"
        r"lost\s+(?:all\s+|their\s+|its\s+)?(?:definition|sharpness|crispness)|"
        r"(?:too|way too|far too|really|very)\s+(?:big|large|thick|fat)|huge|enlarged|blobs?|furry|"
        r"becoming\s+big|getting\s+big(?:ger)?)\b",
        r"\b(?:individual|separate|single|each)\s+(?:dots?|impressions?|follicles?)\b[^.!?;]{0,25}?"
        r"\b(?P<k>(?:impossible|hard|difficult)\s+to\s+(?:pick\s+out|tell\s+apart|make\s+out|"
        r"separate|distinguish|see))\b(?!\s+from)",
        r"\b(?P<k>migration|blown[- ]?out|blow[- ]?outs?|blurr?(?:y|ed|ing)|smudg(?:y|ed)|"
        r"smear(?:ed|y|s)?|splodg(?:e|es|y))\b",
        r"\b(?P<k>(?:spread|bled|bleed|bleeding|merged|merging|blurring)\s+(?:into|together|"
        r"out))\b",
        r"\b(?P<k>(?:big|large|fat)\s+(?:blobs?|smudges?)|blobs?\s+of\s+(?:ink|pigment))\b",
        # "dots the size of peppercorns", "dots as big as freckles"
        r"\b(?:dots?|impressions?|follicles?|each\s+one)\s+(?:is\s+|are\s+|were\s+|now\s+|"
        r"(?:is|are)\s+now\s+|have\s+grown\s+to\s+){0,2}(?:\w+ly\s+)?"
        r"(?P<k>(?:the|(?:about|roughly|around|nearly)\s+the)\s+size\s+of|"
        r"as\s+(?:big|large|fat|wide)\s+as)\b"
        r"(?!\s+(?:an?\s+)?(?:pin\w*|needle\w*|grains?|full\s+stops?|periods?|real|actual|natural|"
        r"my\s+(?:own\s+)?(?:hair|follicles?|stubble)))",
        # "smudged into one another", "joining each other"
        r"\b(?P<k>(?:spread|spreadin|scattered|bled|ran|run|running|merged|melted|smudged|smeared|"
        r"blurred|bleeding|joined|joining|mushed|bleed|diffused)\s+(?:in)?to\s+(?:one\s+another|each\s+other)|"
        r"joining\s+(?:each\s+other|together|up)|spreadin\b)",
        # "spread so bad", "can't tell where one dot ends"
        r"\b(?P<k>(?:spread|spreading|blurred|bled|smudged)\s+(?:so|really|very|super|proper)\s+"
        r"(?:bad|badly)|"
        r"(?:can['’]?t|cannot|can\s+not)\s+tell\s+where\s+(?:one|1|each)\s+dot\s+ends)\b",
        # "the points are not points anymore, all connected"
        r"\b(?P<k>(?:dots|points)\s+are\s+not\s+(?:dots|points)\s+any\s*more|all\s+connected|"
        r"no\s+(?:gaps?|space)\s+between\s+(?:the\s+)?(?:dots|impressions)\s+any\s*more)\b",
    ],
    "helmet": [
        r"\b(?P<k>helmet|painted[- ]on(?:to)?|flat\s+as\s+a\s+(?:pancake|board)|spray[- ]?painted|"
        r"shoe\s+polish|sharpie|felt[- ]tip(?!\s+(?:pen\s+)?on\s+(?:wet|damp|soggy))|"
        r"marker\s+pen|drawn\s+on|colou?red\s+in|monochrom(?:e|atic)|swim(?:ming)?\s+cap|"
        r"lego\s+(?:hair|head|man))\b",
        r"\b(?P<k>(?:like|with)\s+(?:a\s+)?(?:marker|paint|a\s+paint\s*brush)|like\s+(?:a\s+)?"
        r"(?:\w+\s+)?(?:cap|beanie|skull\s*cap))\b",
        r"\b(?P<k>(?:like|as\s+if|as\s+though)\s+(?:I['’]?m|I\s+am|I\s+was|I['’]ve\s+got|"
        r"he['’]?s|you['’]re|I['’]d\s+put)\s+(?:wearing|got\s+on|on)\s+(?:a\s+)?(?:\w+\s+)?"
        r"(?:cap|beanie|hat|helmet|skull\s*cap|swim(?:ming)?\s+cap|balaclava))\b",
        r"\b(?P<k>(?<!healed\s)(?<!heals\s)(?:looks?|looked|completely|totally|very|too|so)\s+flat|flat\s+(?:and\s+)?"
        r"(?:look|finish|colou?r|grey|gray|black|block|shade|one[- ]tone|solid))\b",
        r"\b(?P<k>(?:solid|one)\s+(?:block|patch|mass|sheet|blob)\s+of\s+(?:colou?r|pigment|ink|"
        r"grey|"
        r"black)|one[- ]tone)\b",
        r"\b(?P<k>(?:zero|no|without\s+any)\s+(?:texture|definition|dimension|realism|blending|"
        r"variation|shading)(?!\s+(?:issues?|problems?|lines?))|"
        r"(?:grey|gray|black|dark|solid)\s+(?:sheet|blanket|film|wash|block|slab|mat|carpet))\b",
        r"\b(?P<k>no\s+(?:follicle|dot|hair|stubble)\s+(?:pattern|definition|detail|texture)|"
        rf"(?:can{NT}|cannot|could{NT})\s+(?:see|make\s+out)\s+(?:any\s+|the\s+)?"
        r"(?:individual\s+|separate\s+)?(?:dots|follicles))\b",
        # "like a tea cosy", "painted with a roller", "one thick blanket of colour"
        r"\b(?P<k>tea[- ]?cos(?:y|ie)|"
        r"(?:lego|playmobil)\s+(?:hair\s*piece|wig|hair|head)|"
        r"painted\s+(?:on\s+)?(?:with|by)\s+(?:a\s+)?(?:roller|paint\s*brush|brush)|paint\s+roller|"
        r"one\s+colou?r\s+(?:everywhere|all\s+over)|same\s+colou?r\s+everywhere|"
        r"(?:thick|solid|flat|single|uniform)\s+(?:blanket|sheet|layer|coat|block)\s+of\s+"
        r"(?:colou?r|pigment|ink|grey|gray|black|paint)|"
        r"not\s+(?:a|one|a\s+single)\s+(?:dot|follicle|point)\s+(?:to\s+be\s+seen|in\s+sight|visible)|"
        r"no\s+(?:small\s+|little\s+|individual\s+|separate\s+)?(?:points|dots|follicles)\s+like\s+"
        r"(?:real\s+)?hair)\b",
        # "one shade all over", "a solid grey cap", "lacks any follicular texture"
        r"\b(?P<k>shade\s+all\s+over|"
        r"(?:solid|flat)\s+(?:grey|gray|black|dark)\s+(?:cap|hat|helmet|beanie)|"
        r"(?:lacks?|lacking)\s+(?:any\s+)?(?:follicular\s+|hair\s+)?(?:texture|definition|dimension)|"
        r"(?:zero|no)\s+hair\s+illusion|(?:not\s+very|not\s+at\s+all|"
        r"hardly)\s+three[- ]dimensional|"
        r"(?:more\s+of\s+)?a\s+decal)\b",
        # "a grey suede bowl", "a coat of matt grey paint", "applied, not grown"
        r"\b(?P<k>(?:painted|suede|grey|gray)\s+(?:dome|bowl)|coat\s+of\s+(?:\w+\s+){0,2}?"
        r"(?:paint|emulsion)|no\s+(?:stubble|shadow|stippl\w*)\s+(?:effect|whatsoever|at\s+all)|"
        r"no\s+stippling|uniform\s+(?:tone|colou?r|shade)|applied,?\s+not\s+grown)\b",
    ],
    "too-dark": [
        r"\b(?P<k>(?:too|way\s+too|far\s+too|much\s+too|overly|ridiculously)\s+"
        r"(?:dark|black|harsh|bold|intense|strong))\b",
        r"\b(?:shade|colou?r|tone|pigment|ink|black)\b[^.!?;]{0,25}?\b(?P<k>(?:much\s+|way\s+|far\s+|"
        r"a\s+bit\s+|slightly\s+)?too\s+(?:heavy|rich|saturated|strong|intense|inky|much))\b",
        r"\b(?P<k>(?:much|way|far|a\s+lot|loads|miles)\s+darker|darker\s+than\s+(?:my|his|her|"
        r"their|"
        r"the|i|what|we|it)\b)",
        r"\b(?P<k>(?:much|way|far|a\s+bit|slightly)\s+too\s+(?:heavy|dark|strong|harsh|black)\s+"
        r"an?\s+(?:shade|colou?r|tone|pigment)|jet[- ]black|pitch[- ]black|black\s+as|"
        r"dipped\s+in\s+(?:ink|paint)|"
        r"(?:it['’]?s|it\s+is|it\s+looks|looks|came\s+out)\s+(?:that|so|really|very|incredibly|"
        r"ridiculously|way)\s+dark|(?:came\s+out|turned\s+out|ended\s+up|is|looks?|"
        r"went)\s+(?:almost|"
        r"nearly|practically|basically|virtually|completely|pure|jet)\s+black)\b",
        # "too much black", "tar-black", "the colour of a pint of plain"
        r"\b(?P<k>too\s+much\s+(?:black|colou?r|pigment|ink)|(?:tar|coal|ink|soot|raven)[- ]black|"
        r"(?:colou?r|shade)\s+of\s+(?:an?\s+)?(?:pint\s+of\s+(?:plain|guinness|stout)|guinness|tar|coal|"
        r"soot|liquorice|licorice|treacle|boot\s+polish|crude\s+oil)|"
        r"(?:dipped|dunked|dunk|dip)\s+(?:my\s+head\s+)?in(?:to)?\s+(?:a\s+)?(?:bottle|pot|tin|vat|bucket)\s+"
        r"of\s+(?:ink|quink|tar|paint))\b",
        # "way 2 dark", "went way too heavy on the shade"
        r"\b(?P<k>(?:way\s+|far\s+|much\s+)?2\s+dark|(?:went|gone|goes)\s+(?:way\s+|far\s+|a\s+bit\s+)?"
        r"too\s+heavy\s+(?:on|with)\s+the\s+(?:shade|colou?r|pigment|ink))\b",
        # "a good few shades darker than", "far heavier than my actual growth"
        r"\b(?P<k>(?:shades?|tones?)\s+(?:darker|deeper|heavier|blacker)\s+than|"
        r"(?:far|much|way|a\s+lot)\s+(?:heavier|blacker|deeper)\s+than\s+(?:my|the|his|her))\b",
    ],
    "hairline": [
        r"\b(?:hair\s*line|temples?|temple\s+points|front\s+line)\b[^.!?;]{0,40}?\b(?P<k>(?:too|to|"
        r"way\s+too|far\s+too|much\s+too|really|very|so|that|ridiculously|unnaturally|overly)\s+"
        r"(?:low|high|straight|sharp|"
        r"harsh|severe|square|squared|blocky|boxy|"
        r"aggressive|forward|far\s+(?:forward|back|down)|young|defined|perfect|fake|thick)|"
        r"(?:dead|completely|totally)[- ](?:straight|square|flat|level)|right[- ]angled?|"
        r"right\s+angles|"
        r"(?:uneven|wonky|crooked|lopsided|asymmetric(?:al)?|fake|unnatural|off|weird|wrong|odd|"
        r"ridiculous|comical|awful|terrible|horrendous|bad|obvious|drawn\s+on|like\s+a\s+ruler)"
        r"(?!\s+(?:\w+\s+)?(?:tint|tinge|cast|colou?r|shade|hue|tone|teal|blue|green|purple|grey|"
        r"gray|smell|feeling|sensation))|"
        rf"(?:not|is{NT}|was{NT})\s+(?:even|symmetrical|level|natural|straight))",
        r"\b(?P<k>(?:uneven|wonky|crooked|lopsided|asymmetric(?:al)?|fake|fake[- ]looking|"
        r"unnatural|unnatural[- ]looking|ruler[- ]straight|squared?[- ]off|too\s+low|too\s+high|"
        r"too\s+straight|too\s+sharp|awful|terrible|horrendous|bad|botched|ridiculous|comical|"
        r"obvious)\s+(?:hair\s*lines?|temples))\b",
        r"\b(?P<k>one\s+side\s+(?:of\s+(?:the|my)\s+(?:hair\s*line|front|temples?)\s+)?"
        r"(?:is\s+|was\s+|sits\s+)?(?:\w+ly\s+)?(?:higher|lower)\s+than\s+the\s+other)\b",
        # toy-figure hairlines, and a hairline put on the forehead
        r"\b(?P<k>(?:ken|barbie)\s+doll|toy\s+soldier|forehead\s+tattoo|"
        r"tattoo(?:ed)?\s+(?:on|onto|across)\s+my\s+forehead)\b",
        # higher/lower/further forward than asked or agreed
        r"\b(?:hair\s*line|temples?|front\s+line|front)\b[^.!?;]{0,40}?\b(?P<k>(?:higher|lower|"
        r"further\s+(?:forward|back|down)|more\s+forward)\s+than\s+(?:I|what\s+I|we|the\s+one\s+I|"
        r"agreed|discussed|planned|requested)\b)",
        # "done with a set square", "the hairline of a teenager"
        r"\b(?:hair\s*line|temples?|front\s+line)\b[^.!?;]{0,60}?\b(?P<k>(?:with|using)\s+an?\s+"
        r"(?:ruler|set\s+square|stencil|spirit\s+level|protractor|t-square))\b",
        r"\b(?P<k>hair\s*line\s+(?:of|for|like|fit\s+for)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:teenager|"
        r"teen|kid|child|schoolboy|boy))\b(?!\s+again)",
        r"\b(?P<k>(?:forward|in\s+front|below|above|beyond|outside)\s+(?:of\s+)?where\s+(?:I|my\s+"
        r"hair|hair|follicles|mine)\s+(?:ever\s+|once\s+)?(?:had|grew|was|were|used\s+to))\b",
        r"\b(?P<k>where\s+(?:my\s+)?(?:hair|follicles)\s+(?:never|has\s+never|had\s+never)\s+"
        r"(?:was|were|grew|been))\b",
        # "the anterior margin was placed lower than we agreed", "left side higher than the right"
        r"\b(?:hair\s*line|temples?|front\s+line|anterior\s+margin|front\s+edge|edge[- ]?up|"
        r"line\s+across\s+the\s+front)\b[^.!?;]{0,40}?\b(?P<k>(?:too|to|2|way\s+too)\s+"
        r"(?:down|low|high)|ruler[- ]straight|boxy|(?:higher|lower)\s+than\s+(?:I|what\s+I|we|"
        r"agreed|discussed|planned|requested)|(?:uneven|crooked|wonky|lopsided))\b",
        r"\b(?:left|right)\s+(?:temple(?:\s+point)?|side|corner)\b[^.!?;]{0,40}?\b(?P<k>(?:higher|lower)\s+"
        r"than\s+the\s+(?:right|left|other))\b",
        r"\b(?P<k>ventriloquist(?:['’]s)?\s+dumm(?:y|ies))\b",
        # "pigment below my natural hairline", "a widow's peak I've never had"
        r"\b(?P<k>(?:below|under|beneath|in\s+front\s+of)\s+my\s+(?:natural\s+|original\s+|old\s+|"
        r"real\s+)?hair\s*line|widow['’]?s\s+peak\s+I(?:['’]ve|\s+have)\s+never|"
        r"(?:onto|into|on)\s+(?:my|the)\s+forehead)\b",
    ],
    "infection": [
        r"\b(?P<k>infect(?:ed|ion|ions)|infecton|un-?steril(?:e|i[sz]ed)|non[- ]steril(?:e)?|"
        r"not\s+steril(?:e|i[sz]ed)|folliculitis|abscess(?:es)?|pus|ooz(?:ing|ed|es)|antibiotics?|"
        r"unhygienic|unhygenic|unclean|filthy|grubby|grimy)\b",
        r"\b(?P<k>dirty)\b(?!\s+blond)",
        r"\b(?P<k>(?:poor|bad|terrible|awful|questionable|shocking|lax|dodgy|sketchy|non-?existent|"
        r"zero)\s+hygiene|hygiene\s+(?:was|is|seemed|looked)\s+(?:a\s+bit\s+|really\s+|very\s+)?"
        r"(?:poor|bad|terrible|awful|questionable|shocking|lax|lacking|dodgy|sketchy|"
        r"non-?existent))\b",
        r"\b(?P<k>(?:re-?us(?:ed|ing|e)|used\s+the\s+same|same)\s+(?:needles?|cartridges?|gloves?)|"
        r"(?:needles?|cartridges?)\b[^.!?;]{0,30}?\b(?:re-?used|"
        rf"(?:was|were|is|are){NT}\s+(?:properly\s+|even\s+|brand\s+|individually\s+)?"
        r"(?:new|sealed|steril(?:e|i[sz]ed)|fresh|wrapped|"
        r"packaged|single[- ]use)|not\s+new|not\s+sealed|already\s+open(?:ed)?|"
        r"out\s+of\s+an?\s+open(?:ed)?))\b",
        r"\b(?:needles?|cartridges?|gloves?|tools?|machine|pen)\b[^.!?;]{0,40}?\b(?P<k>(?:off|from)\s+"
        r"the\s+floor)\b(?![^.!?;]{0,30}?\b(?:binned|bin|threw|thrown|replaced|swapped|new\s+one|"
        r"fresh\s+one|changed))",
        r"\b(?P<k>dropped\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:needle|cartridge|machine|pen)s?\s+"
        r"on\s+the\s+floor)\b",
        r"\b(?P<k>(?:dried|old|crusty|someone\s+else['’]s|other\s+people['’]s)\s+blood\s+(?:on|"
        r"all\s+over)\s+(?:the\s+)?(?:headrest|chair|bed|couch|table|trolley|floor|pillow|tray|"
        r"counter))\b",
        r"\b(?:needles?|cartridges?)\b[^.!?;]{0,60}?\b(?P<k>no\s+(?:packaging|packet|wrapper|"
        r"wrapping|seal))\b",
        rf"\b(?P<k>(?:never|did{NT}|could{NT})\s+(?:see|saw)\s+(?:him|her|them|anyone|the\s+\w+)\s+"
        r"(?:open|opening|unwrap|unwrapping|unpack|unpacking|take\s+out|break\s+open)\s+"
        r"(?:a\s+|any\s+|the\s+)?(?:new\s+|fresh\s+|sealed\s+|sterile\s+|clean\s+)?(?:needles?|"
        r"cartridges?|gloves|packs?|packets?))\b",
        rf"\b(?P<k>(?:could{NT}|did{NT}|never)\s+(?:see|spot|find|notice)\s+(?:a|an|any)\s+"
        r"(?:sharps\s+bin|autoclave|sterili[sz]er|sink|hand\s+wash\w*))\b",
        rf"\b(?P<k>(?:had{NT}\s+been|has{NT}\s+been|have{NT}\s+been|was{NT}|were{NT}|"
        r"never\s+been|never\s+(?:got|gets|get))\s+(?:properly\s+|even\s+)?(?:cleaned|wiped(?:\s+down)?|disinfected|sanitised|sanitized|"
        r"sterilised|sterilized|hoovered|swept))\b",
        r"\b(?P<k>no\s+(?:sign\s+of\s+(?:an?\s+)?)?(?:sharps\s+bin|autoclave|sterili[sz]er))\b",
        rf"\b(?P<k>no\s+gloves|without\s+(?:any\s+)?gloves|(?:did{NT}|had{NT}|was{NT}|never)\s+"
        r"(?:wear|wore|wearing|use|used|change|changed|changing|put\s+on)\s+"
        rf"(?:any\s+|his\s+|her\s+|their\s+)?(?:new\s+|fresh\s+)?gloves|did{NT}\s+(?:wash|clean|sanitise|sanitize|"
        r"steril[iy][sz]e)\s+(?:his|her|their|the)\b)",
        # "ended up on flucloxacillin", "leaking yellowish stuff", food on the needle tray
        r"\b(?P<k>fluclox\w*|doxycycline|amoxicillin|amoxycillin|cephalexin|cefalexin|keflex|augmentin|"
        r"(?:leaking|weeping|oozing|seeping|discharging)\s+(?:\w+\s+){0,2}?(?:yellow\w*|green\w*|pus|"
        r"gunk|goo|stuff|fluid|crud))\b",
        r"\b(?:food|sandwich|lunch|crisps|coffee|drink|burger|kebab)\b[^.!?;]{0,40}?\b(?P<k>(?:same\s+)?"
        r"(?:tray|trolley|station|table)\b[^.!?;]{0,30}?\b(?:needles?|cartridges?|ink|gloves|tools?))\b",
        # "the place wis mingin", "never washed her hands", gloves only when asked
        r"\b(?P<k>ming(?:ing|in)|never\s+wash(?:ed)?\s+(?:his|her|their)\s+hands|"
        r"(?:did(?:n['’]?t|\s+not)|never)\s+(?:put|get)\s+(?:any\s+)?gloves\s+on\s+(?:until|till|before))\b",
        # "cellulitis", "a rash of pustules", cartridges "already sitting open"
        r"\b(?P<k>cellulitis|pustules?|septic|sepsis|impetigo|"
        r"(?:needles?|cartridges?|packets?|packs?)\b[^.!?;]{0,30}?\b(?:already\s+(?:\w+\s+)?open(?:ed)?|"
        r"torn\s+open\s+before))\b",
    ],
    "scarring": [
        r"\b(?P<k>scar(?:s|red|ring)?|scar\s+tissue|keloids?|blister(?:s|ed|ing)?|burn\s+marks?|"
        r"burns)\b(?!\s+(?:easily|badly\s+anyway))",
        r"\b(?P<k>pitted|pitting|pock[- ]?marks?|(?:raised\s+(?:pink|white|shiny|silvery)|"
        r"(?:pink|white|shiny|silvery)\s+raised)\s+(?:lines?|welts?|ridges?|marks?))\b",
        r"\b(?P<k>(?:left|gave|giving|caused)\s+(?:me\s+)?(?:with\s+)?(?:an?\s+|some\s+)?"
        r"(?:\w+,?\s+){0,3}?burns?(?!\s+(?:sensation|feeling))|"
        r"burn(?:ed|t)\s+(?:my|the)\s+(?:skin|scalp|head))\b",
        r"\b(?P<k>(?:thick(?:ened)?|hard(?:ened)?|lumpy|puckered|ridged)\s+(?:skin|tissue)|"
        r"raised\s+ridges?|ridges?\s+of\s+(?:\w+\s+)?(?:skin|tissue))\b",
        # "a shiny pale patch like dripped candle wax", "dents in my scalp"
        r"\b(?P<k>(?:shiny|waxy)\s+(?:pale\s+|white\s+|pink\s+|red\s+)?(?:patch(?:es)?|skin|marks?|"
        r"spots?)|candle\s+wax|dents?\s+in\s+(?:my|the)\s+(?:scalp|skin|head))\b",
        # "pale, glossy and permanent", "came out with a burn"
        r"\b(?P<k>glossy|(?:came\s+(?:out|home|away)|left)\s+with\s+(?:an?\s+)?(?:\w+\s+)?burns?)\b",
        # "hypertrophic ridges", "atrophic dips", "left a dent"
        r"\b(?P<k>hypertrophic|atrophic|sunken|(?:left|leaving)\s+(?:me\s+with\s+)?(?:a|two|some)\s+"
        r"(?:\w+\s+)?(?:dents?|dips?|ridges?)|ridges?\s+(?:that\s+has\s+|have\s+)?come\s+up)\b",
    ],
    "patchy-fading": [
        r"\b(?<!can\s)(?<!will\s)(?<!may\s)(?P<k>fad(?:ed|ing|es|e)\b[^.!?;]{0,25}?\b(?:unevenly|"
        r"in\s+patches|patchy|patchily|"
        r"blotchy|in\s+(?:\w+\s+)?(?:blotches|splotches)|in\s+places|in\s+spots|in\s+some\s+(?:areas|places|spots)|badly|so\s+quickly|"
        r"(?:to\s+)?(?:almost|practically|virtually|nearly|next\s+to)\s+(?:nothing|completely|"
        r"gone)|"
        r"really\s+quickly|really\s+fast|so\s+fast|too\s+quickly|within\s+(?:weeks|a\s+month|"
        r"a\s+few\s+weeks|two\s+months|a\s+couple)|almost\s+completely|to\s+nothing|already))",
        r"\b(?P<k>(?:patch(?:y|ily|iness)|blotch(?:y|es|iness)|splotch(?:y|es)?|uneven|spotty|"
        r"inconsistent)\b(?:\s+and\s+\w+)?\s+(?:fad(?:e|ed|ing)|colou?r|coverage|density|"
        r"pigment|results?|finish|areas?|bits?|spots|shading|healing|patch(?:es)?))",
        # "washed out unevenly", "went lighter in blotches", "patches have dropped out"
        r"\b(?P<k>(?:(?:went|gone|going|turned|got|getting)\s+(?:\w+\s+)?lighter|wash(?:ed|es|ing)\s+"
        r"out)\s+(?:\w+\s+)?(?:unevenly|in\s+(?:\w+\s+)?(?:patches|blotches|splotches|places|spots)))\b",
        r"\b(?P<k>(?:patches|bits|chunks|spots|areas|sections)\s+(?:of\s+(?:it|the\s+)?(?:pigment|ink|"
        r"smp|dots)\s+)?(?:have\s+|has\s+|had\s+)?(?:dropped|dropping)\s+out|(?:pigment|ink|dots)\s+"
        r"(?:has\s+|have\s+)?dropped\s+out\s+in\s+(?:patches|places|spots|bits))\b",
        r"\b(?P<k>(?:gone|went|going|turned|looks?|looked|looking|now|still|is|was|are|very|"
        r"really|quite|bit|fading|it['’]?s|they['’]re|become|became|got|getting|ended\s+up)\s+(?:a\s+bit\s+|really\s+|quite\s+|very\s+|so\s+)?"
        r"(?:patchy|blotchy|splotchy))\b",
        r"\b(?P<k>(?:some|certain)\s+(?:areas|spots|parts|bits|places)\s+(?:have\s+)?faded\s+"
        r"(?:more|faster|quicker)|faded\s+(?:more|faster)\s+(?:in|on)\s+(?:some|one))",
        r"\b(?P<k>fad(?:ed|ing)\s+in\s+(?:\w+\s+)?(?:patches|places|spots|areas|blotches))\b",
        r"\b(?P<k>(?:fad(?:ed|ing)|gone|disappeared|vanished)\s+(?:\w+\s+){0,3}?(?:from|on|in)\s+"
        r"(?:half|one\s+side|parts|patches|some\s+(?:areas|parts|bits|places)))\b",
        r"\b(?P<k>fad(?:ed|ing)\s+(?:in)?to\s+(?:blotches|patches|splotches))\b",
        # "the patchiness", but not the patchiness SMP hides
        r"(?<!hide\sthe\s)(?<!hides\sthe\s)(?<!hid\sthe\s)(?<!hiding\sthe\s)(?<!cover\sthe\s)"
        r"(?<!covers\sthe\s)(?<!covered\sthe\s)(?<!disguise\sthe\s)(?<!disguises\sthe\s)"
        r"(?<!mask\sthe\s)(?<!masks\sthe\s)(?<!camouflage\sthe\s)(?<!hide\smy\s)(?<!hides\smy\s)"
        r"(?<!cover\smy\s)(?<!covers\smy\s)(?<!covered\smy\s)"
        r"\b(?P<k>patchiness|blotchiness|unevenness)\b(?!\s+(?:of|in|from|caused\s+by)\s+(?:my|the)\s+"
        r"(?:hair|thinning|alopecia|hair\s+loss|crown\s+before|bald))",
        r"\b(?P<k>(?:half|one\s+side|parts?|sections?|areas?|bits|patches|chunks)\s+(?:of\s+)?"
        r"(?:my|the)\s+(?:smp|crown|pigment|ink|work|dots|treatment|sides?|front|back|top|temples?|"
        r"density)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:faded|gone|disappeared|vanished|"
        r"worn\s+(?:off|away)))\b(?!\s+(?:bald|thin|grey|gray))",
        r"\b(?P<k>fad(?:ed|ing))\b[^.!?;]{0,30}?\bbut\s+(?:the\s+)?(?:\w+\s+){1,2}(?:hasn[’']?t|"
        r"has\s+not|didn[’']?t|did\s+not|is\s+still|isn[’']?t)",
        # "lost pigment in blotches", "thin in some spots, dark in others"
        r"\b(?<!can\s)(?<!will\s)(?<!may\s)(?P<k>fad(?:ed|es|ing|it|in))\b[^.!?;]{0,70}?\bin\s+"
        r"(?:\w+\s+)?(?:blotches|patches|splotches)\b",
        r"\b(?P<k>lost\s+(?:\w+\s+){0,4}?(?:pigment|colou?r|ink)\s+in\s+(?:\w+\s+)?(?:blotches|patches|"
        r"places|spots|bits)|"
        r"(?:going|gone|went|coming|came|wearing|worn)\s+(?:away|off)\s+in\s+(?:some|certain)\s+"
        r"(?:places|spots|areas|parts|bits)|"
        r"(?:cleared|faded|gone|vanished)\s+(?:almost\s+|nearly\s+|practically\s+)?completely\s+"
        r"(?:while|whereas|but)\s+the\s+\w+\s+(?:remains?|stays?|is\s+still))\b",
        r"\b(?P<k>in\s+some\s+(?:spots|places|areas|parts|bits),?\s+(?:and\s+|but\s+|while\s+)?"
        r"(?:\w+\s+){1,2}in\s+(?:others|other\s+(?:places|spots|areas|parts|bits)))\b",
        # "Patchy by month 3.", "its fadin so fast", "receded irregularly"
        r"\b(?P<k>(?:patchy|blotchy)\s+(?:by|after|within|at)\s+(?:month|week|\d|"
        r"(?:one|two|three|four|five|six|a\s+few)\s+(?:months?|weeks?)))\b",
        r"\b(?P<k>fad(?:in|ing|ed)\s+(?:so|really|way\s+too|too)\s+(?:fast|quick(?:ly)?)|"
        r"receded\s+(?:irregularly|unevenly|in\s+patches)|mottled)\b",
        # "the dots gone in irregular islands", "lost most of its dots", "bare again"
        r"\b(?P<k>(?:gone|faded|disappeared|vanished)\s+in\s+(?:irregular\s+|random\s+)?(?:islands|clumps|"
        r"chunks)|lost\s+(?:most|half|a\s+lot)\s+of\s+(?:its|the|my|their)\s+(?:dots|pigment|colou?r)|"
        r"bare\s+again)\b",
    ],
}

EASE_POS_PATTERNS: dict[str, list[str]] = {
    "answered-questions": [
        r"\b(?P<k>answer(?:ed|d|s|ing)?)\b[^.!?;]{0,30}?\b(?:quest(?:i)?ons?|queries|query|"
        r"concerns?|"
        r"doubts?|worries|everything|anything|it\s+all|every\s+(?:single\s+)?(?:thing|one))\b",
        r"\b(?P<k>(?:had|has|with)\s+an\s+answer\s+for|(?:every|each|"
        r"any)\s+question\b[^.!?;]{0,30}?"
        r"\ban\s+answer)\b",
        r"\bquestions?\b[^.!?;]{0,40}?\b(?P<k>(?:went|go|going)\s+(?:through|over)\s+(?:each|every|"
        r"all)"
        r"(?:\s+(?:single\s+)?one|\s+of\s+them))",
        r"\b(?:questions?|queries|concerns)\b[^.!?;]{0,30}?\b(?P<k>answered|addressed|"
        r"dealt\s+with)\b",
        r"\b(?P<k>(?:went|go|going|worked|got)\s+through\s+(?:my|all\s+my|the|every)\s+"
        r"(?:\w+\s+){0,4}?(?:questions|queries)|nothing\s+(?:left|more)\s+to\s+ask)\b(?!\s+(?:about|for))",
        r"\b(?P<k>no\s+(?:question|query)\s+(?:was\s+|is\s+)?too\s+(?:small|silly|stupid|daft|dumb|"
        r"basic|much|trivial))\b",
        r"\b(?P<k>(?:replied|responded|got\s+back\s+to\s+me|answered)\b[^.!?;]{0,20}?\b(?:quickly|"
        r"promptly|straight\s+away|fast|within\s+(?:minutes|an\s+hour|hours|the\s+hour)))\b",
        r"\b(?P<k>(?:replied|responded)\s+to\s+(?:all|every|each|my)|(?:covered|addressed|tackled|"
        r"went\s+through|dealt\s+with)\s+(?:every|each|all|any)\s+(?:(?:of\s+)?(?:my|the)\s+)?"
        r"(?:single\s+)?(?:question|quer|concern|worr))",
        r"\b(?P<k>(?:gave|give|giving|got|get)\s+(?:me\s+|us\s+)?(?:a\s+)?(?:straight|honest|clear|"
        r"direct|proper|full|frank)\s+"
        r"answers?)\b",
        # "answered every panicked text", "replied within a day every single time"
        r"\b(?P<k>(?:answer(?:ed|s|ing)?|ansr(?:d|ed)?|replied\s+to)\s+(?:every|evry|each|all\s+(?:of\s+)?(?:my|the))\s+"
        r"(?:\w+\s+)?(?:q|qs|q['’]s|ques|texts?|messages?|emails?|calls?|dms?))\b",
        r"\b(?P<k>(?:replied|responded|got\s+back(?:\s+to\s+me)?)\s+(?:within\s+(?:a|the)\s+(?:day|hour)|"
        r"every\s+(?:single\s+)?time)|(?:proper|quick|prompt|full|detailed|"
        r"thorough)\s+(?:reply|response|answer)\s+(?:every|each)\s+time)\b",
        # "he answer all of them", "each of my enquiries received a full reply"
        r"\b(?P<k>answer(?:ed|s)?\s+(?:all|every\s+(?:single\s+)?one|each)\s+of\s+(?:them|those|these)|"
        r"(?:enquir(?:y|ies)|queries|questions)\b[^.!?;]{0,50}?\b(?:received|got|had)\s+(?:a\s+)?"
        r"(?:full|considered|detailed|thorough|proper|prompt|careful))\b",
    ],
    "explained-process": [
        r"\b(?P<k>expla(?:i)?n(?:ed|s|ing)?|explanations?)\b",
        r"\b(?P<k>(?:talk(?:ed|s|ing)?|walk(?:ed|s|ing)?|ran|run|took|take|takes|taking)\s+"
        r"(?:me|us|him|my\s+\w+)\s+(?:\w+\s+)?through)\b",
        r"\b(?P<k>(?:went|go|goes|going)\s+(?:over|through)\s+(?:everything|(?:each|"
        r"every)(?!\s+(?:single\s+)?"
        r"one\b)|what|how|"
        r"the\s+(?:whole\s+|entire\s+)?(?:process|procedure|aftercare|steps|options|healing|"
        r"pigment|"
        r"design|plan|risks|details|sessions|depth)))\b",
        r"\b(?P<k>(?:ran|run|went|go|talked|"
        r"walked)\s+(?:\w+\s+)?through\s+the\s+(?:\w+\s+)?(?:healing|"
        r"aftercare|process|procedure|steps|timeline|risks|options|plan|pigment|depth|"
        r"sessions?))\b",
        r"\b(?P<k>(?:drew|sketched|drawn|showed)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:\w+\s+)?(?:diagram|"
        r"sketch|chart))\b",
        r"\b(?P<k>informative|(?:learned|learnt)\s+(?:a\s+lot|loads|so\s+much|more)|left\s+knowing|"
        r"showed\s+(?:me|us)\s+(?:on\s+(?:\w+\s+){1,3})?(?:how|exactly|what|where))\b",
        r"\b(?P<k>told\s+(?:me|us)\s+(?:exactly\s+)?what\s+to\s+expect|broke\s+(?:it|everything|"
        r"the\s+"
        r"process)\s+down|educated\s+me|taught\s+me|"
        r"(?:broke|breaks|breaking)\s+down\s+(?:exactly\s+|clearly\s+)?(?:what|how|why|each|every|"
        r"the\s+(?:costs?|price|process|sessions?|steps|procedure|stages))|"
        r"made\s+sure\s+(?:I|we)\s+(?:fully\s+|properly\s+)?(?:understood|knew|was\s+clear))\b",
        r"\b(?P<k>(?:detailed|thorough|clear|in-?depth|comprehensive|proper)\s+(?:explanation|"
        r"consultation|consult|run-?through|breakdown|briefing|aftercare\s+(?:instructions|sheet|"
        r"guide|advice)))\b",
        # "narrated every step", "told me if I go in the sun without a cap"
        r"\b(?P<k>narrat(?:ed|ing)|(?:described|detailed|outlined|set\s+out)\s+(?:\w+\s+){0,4}?"
        r"(?:procedure|process|steps?|stages?|treatment|aftercare|healing))\b",
        r"\b(?P<k>(?:told|warned|advised)\s+(?:me|us)\s+(?:that\s+)?(?:if|about|how|to)\s+(?:\w+\s+){0,6}?"
        r"(?:sun|sunlight|sweat\w*|swim\w*|gym|shower\w*|scab\w*|aftercare))\b",
        # "broke it all the way down", "drew it out on a whiteboard", "told me why"
        r"\b(?P<k>broke\s+(?:it|everything)\s+(?:all\s+)?(?:the\s+way\s+)?down|whiteboard|"
        r"told\s+(?:me|us)\s+why|(?:went|go|going)\s+over\s+the\s+(?:\w+\s+){1,3}?(?:sessions|pigment|"
        r"healing|aftercare|procedure|process|steps))\b",
        # "each one talked through beforehand"
        r"\b(?P<k>(?:talked|walked)\s+through\s+(?:beforehand|first|in\s+advance|with\s+me))\b",
    ],
    "put-at-ease": [
        r"\b(?P<k>at\s+ease)\b",
        rf"\b(?P<k>(?:could{NT}|can[’']?t|can\s+not|cannot)\s+(?:have\s+)?(?:been|be)\s+"
        r"(?:any\s+)?more\s+(?:patient|helpful|kind|welcoming|reassuring|accommodating|caring|lovely|"
        r"friendly|understanding|supportive|attentive|gentle))\b",
        r"\b(?P<k>(?:kindest|loveliest|friendliest|sweetest|warmest|most\s+(?:patient|caring|"
        r"welcoming|reassuring|understanding))\b(?!\s+(?:result|work|job|hairline))|"
        r"held\s+my\s+hand|hand[- ]?holding|"
        r"(?:actually|really|properly|genuinely)\s+listen(?:ed|s)\b|"
        r"(?:seemed|seems)\s+to\s+(?:genuinely\s+|really\s+|actually\s+)?care|"
        r"genuinely\s+care[sd]\b|"
        r"(?:helped|eased|settled|calmed|soothed|steadied)\s+(?:with\s+)?(?:my|the|all\s+my)\s+"
        r"(?:nerves|anxiety|worries|fears))",
        r"\b(?P<k>(?:felt|feel|feeling|made\s+me\s+feel|make\s+you\s+feel|making\s+me\s+feel|"
        r"left\s+me\s+feeling|kept\s+me)\s+(?:so\s+|really\s+|very\s+|completely\s+|totally\s+|"
        r"instantly\s+|right\s+|super\s+|quite\s+|extremely\s+|incredibly\s+|immediately\s+)?"
        r"(?:comfortable|relaxed|reassured|safe|welcome|welcomed|at\s+home|calm|calmer|"
        r"listened\s+to|looked\s+after|cared\s+for|less\s+nervous|less\s+anxious))\b",
        r"\b(?P<k>reassur(?:ed|ing|ance|e|es))\b",
        r"\b(?P<k>(?:so|very|really|super|extremely|incredibly|always|completely|totally)\s+"
        r"comfortable)\b",
        r"\b(?P<k>(?:calm(?:ed)?|settled|eased|soothed)\s+(?:my|me|all\s+my)\s*(?:nerves|down|"
        r"fears|"
        r"anxiety|worries|mind)|put\s+my\s+mind\s+at\s+rest|(?:calming|soothing|reassuring)\s+"
        r"(?:presence|manner|voice))\b",
        r"\b(?P<k>patience|patiently|(?:so|very|really|incredibly|extremely|super|endlessly|"
        r"infinitely|"
        r"remarkably|amazingly|was|were|is|are|being|and)\s+patient\b(?!\s+(?:records|notes|care|"
        r"journey|file))|patient\s+with\s+(?:me|us|my|all\s+my)|"
        r"(?<!a\s)(?<!the\s)(?<!every\s)(?<!other\s)(?<!new\s)patient(?=\s*(?:,|and)\s))",
        r"\b(?P<k>friendly|welcoming|approachable|easy\s+to\s+talk\s+to|caring|down[- ]to[- ]earth|"
        r"genuinely\s+cared|took\s+(?:his|her|their|the|all\s+the|plenty\s+of|so\s+much)\s+time)\b",
        r"\b(?P<k>made\s+(?:the\s+whole\s+thing|it|it\s+all|everything|"
        r"the\s+(?:whole\s+)?(?:experience|"
        r"process|day|session))\s+(?:feel\s+)?(?:so\s+|really\s+|very\s+)?(?:easy|painless|"
        r"comfortable|"
        r"relaxed|enjoyable|stress-free)|(?:calm|kind)(?=\s*(?:,|and)\s*(?:kind|calm|patient|"
        r"friendly|"
        r"caring|reassuring|gentle))|(?:kept\s+)?check(?:ing|ed)\s+(?:(?:it|"
        r"in)\s+)?(?:\w+\s+){0,4}?"
        r"with\s+me|took\s+(?:ages|forever|so\s+long)\s+(?:on|over|with)\s+(?:the|my))\b",
        r"\b(?P<k>had\s+me\s+(?:laughing|smiling|relaxed|at\s+ease)|made\s+me\s+laugh|"
        r"listened\s+to\s+"
        r"(?:what\s+I|me|my)|(?:lovely|friendly|welcoming|kind|helpful|caring|warm)\s+(?:staff|"
        r"team|"
        r"people|receptionist|assistant|artist|guy|lady|bloke|technician))\b",
        r"\b(?P<k>chatty|personable|easy[- ]?going|good\s+(?:laugh|chat|company)|"
        r"genuinely\s+interested|"
        r"(?:so|very|really|super|genuinely|lovely)\s+warm|warm(?=\s*(?:,|and)\s))\b",
        r"\b(?P<k>nothing\s+(?:was|is)\s+too\s+much\s+(?:trouble|bother)|stress[- ]free|"
        r"safe\s+hands|bedside\s+manner|(?:great|brilliant|amazing|fantastic|so\s+good|"
        r"really\s+good)"
        r"\s+with\s+(?:me|nervous|anxious)|(?:so|very|really|super|always|incredibly|extremely)\s+"
        r"(?:calm|kind)|(?:kept|keep)\s+(?:checking|asking)\s+(?:(?:if|that|whether)\s+)?(?:I|"
        r"we)\s+"
        r"(?:was|were)\s+(?:ok|okay|alright|all\s+right|comfortable|fine)|checked\s+(?:on|"
        r"in\s+with)\s+"
        r"me)\b",
        r"\b(?P<k>(?:sat|spent)\s+(?:with\s+me\s+)?(?:for\s+)?(?:(?:a\s+good|over\s+an?|an?|"
        r"nearly\s+an?|"
        r"almost\s+an?)\s+)?(?:hour|half\s+an\s+hour|\d+\s+minutes|ages|while)\s+(?:with\s+me|"
        r"talking|going|before)|sat\s+with\s+me\s+for)\b",
        # "Sarah was lovely", but not "the result was lovely"
        r"(?<!it\s)(?<!result\s)(?<!results\s)(?<!work\s)(?<!job\s)(?<!finish\s)(?<!outcome\s)"
        r"(?<!place\s)(?<!studio\s)(?<!clinic\s)(?<!room\s)(?<!hairline\s)(?<!price\s)"
        r"\b(?:was|were|is|are)\s+(?:so\s+|really\s+|absolutely\s+|just\s+)?(?P<k>lovely|kind|"
        r"sweet|"
        r"great\s+to\s+talk\s+to)\b",
        # "kept checking I was ok", "had me in stitches", "forgot to be nervous"
        r"\b(?P<k>(?:kept\s+)?check(?:ing|in|ed)\s+(?:that\s+)?(?:I|we)\s+(?:was|were)\s+(?:ok|okay|alright|"
        r"all\s+right|comfortable|fine)|(?:kept|had)\s+me\s+(?:laugh(?:ing|in)|in\s+stitches|cracking\s+up)|"
        r"forgot\s+(?:to\s+be|I\s+was|all\s+about\s+being)\s+(?:nervous|scared|anxious|worried)|"
        r"spent\s+(?:an?\s+|over\s+an\s+|the\s+whole\s+)?(?:hour|hours|ages|morning|afternoon)\s+"
        r"(?:just\s+)?(?:talking|chatting)|feel\s+right\s+at\s+hame)\b",
        # "zero judgement", "courteous"
        r"\b(?P<k>(?:zero|no)\s+judge?ment|non-?judge?mental|courteous)\b",
        # "gentle", "kept checking my pain level", "spoke to him like an adult"
        r"\b(?P<k>(?:was|so|very|really|super|incredibly)\s+gentle|kept\s+checking\s+(?:on\s+)?my\s+"
        r"(?:pain|comfort)|(?:spoke|talked)\s+to\s+(?:me|him|her|us)\s+like\s+an?\s+(?:adult|equal|"
        r"person|human))\b",
    ],
    "professional": [
        r"\b(?P<k>profess?ional(?:ism|s)?)\b",
        r"(?<!to\s)(?<!my\s)\b(?P<k>knowledg(?:e|e?able)|well[- ]informed|expert(?:ise|ly|s)?|"
        r"competent|(?<=very\s)thorough|(?<=so\s)thorough|(?<=really\s)thorough|(?<=was\s)thorough|"
        r"(?<=were\s)thorough|(?<=and\s)thorough)\b",
        r"\b(?P<k>(?:real|total|proper|absolute|consummate|such\s+a|a)\s+pro)\b",
        r"\b(?P<k>kn(?:ew|ows?)\s+(?:\w+\s+){0,3}?inside\s+out|(?:done|"
        r"doing)\s+this\s+for\s+(?:years|"
        r"decades|ages)|years\s+of\s+experience|(?:clearly|very|highly|hugely|so)\s+experienced)\b",
        rf"\b(?P<k>(?:could{NT}|can[’']?t|can\s+not|cannot)\s+(?:have\s+)?(?:been|be)\s+"
        r"(?:any\s+)?more\s+(?:professional|knowledgeable|knowledgable|thorough|skilled))\b",
        r"\b(?P<k>(?:done|did|doing)\s+(?:hundreds|thousands|loads|tons|so\s+many)\s+of\s+"
        r"(?:these|them|heads|clients|procedures|scalps))\b",
        r"\b(?P<k>kn(?:ew|ows?)\s+(?:exactly\s+)?(?:what\s+(?:he|she|they)(?:['’]s|['’]re|\s+was|"
        r"\s+were|\s+is|\s+are)\s+"
        r"(?:doing|talking\s+about|on\s+about)|(?:his|her|their)\s+(?:stuff|craft|trade)|the\s+science|"
        r"(?:(?:his|her|their)\s+)?(?:skin|pigments?|scalps|colou?r\s+theory)\b(?!\s+(?:type|tone|care))))\b",
        # "knew exactly how to work round it"
        r"\b(?P<k>kn(?:ew|ows)\s+(?:exactly\s+)?how\s+to\s+(?:work|handle|deal|treat|approach))\b",
        # "adjusted the depth on the fly"
        r"\b(?P<k>adjust(?:ed|s|ing)\s+(?:the\s+)?(?:depth|needle|settings?|pigment|shade))\b",
    ],
    "honest": [
        r"(?<!to\sbe\s)(?<!my\s)(?<!all\s)\b(?P<k>honest(?:y)?)\b(?!\s+(?:review|opinion|"
        r"answer\s+is|truth))",
        r"\b(?P<k>transparen(?:t|cy)|up-?\s?front\s+(?:about|with|that|from)|straight[- ]talking|"
        r"no[- ]nonsense|trustworthy|realistic\s+(?:about|expectations|with\s+me|advice)|"
        r"managed\s+my\s+expectations|genuine\s+(?:guy|bloke|person|people|lady|man|woman|team))\b",
        r"\b(?P<k>(?:answered|replied|spoke|talked|explained\s+\w+)\s+(?:\w+\s+)?honestly)\b",
        r"\b(?P<k>told\s+me\s+I\s+(?:didn['’]?t|did\s+not|don['’]?t|wouldn['’]?t)\s+need|"
        r"saved\s+me\s+(?:[^.!?;]{0,20}?\b)?(?:money|quid|bucks|dollars|pounds|hundreds|grand|"
        r"a\s+fortune|cash)(?![^.!?;]{0,30}?\b(?:compared|versus|vs|than|over\s+a))|(?:clear|open|straight)\s+(?:about|with\s+me\s+about)\s+(?:the\s+)?(?:what|cost|"
        r"costs|"
        r"price|prices|pricing|risks|limitations|results))\b",
        r"\b(?P<k>talked\s+me\s+out\s+of|advised\s+(?:me\s+)?against|told\s+me\s+(?:straight|"
        r"honestly|the\s+truth|frankly)|no\s+(?:hidden|extra|surprise)\s+(?:costs?|fees?|charges?)|"
        r"straight\s+(?:answers?|talking|with\s+me)|frank)\b",
        rf"\b(?P<k>(?:could{NT}|can[’']?t|can\s+not|cannot)\s+(?:have\s+)?(?:been|be)\s+"
        r"(?:any\s+)?more\s+(?:honest|transparent|upfront|up-front|straightforward|open))\b",
        r"\b(?:interested\s+in|cared\s+(?:more\s+)?about|focused\s+on|wanted\s+to\s+(?:know|"
        r"make\s+sure|check)|made\s+sure)\s+(?:\w+\s+)?"
        r"(?P<k>(?:whether|if)\s+(?:smp|it|this|the\s+treatment)\s+(?:was|is|would\s+be)\s+"
        r"(?:actually\s+|really\s+|genuinely\s+)?(?:right|suitable|the\s+right\s+(?:choice|option|"
        r"thing)|a\s+good\s+(?:fit|idea|option))\s+for\s+me)\b",
        # "owned it on the spot", "that's on me", "refused to take it as low as I wanted"
        r"\b(?P<k>own(?:ed|s|ing)\s+(?:it|up(?:\s+to\s+it)?|the\s+mistake|(?:her|his|their)\s+mistake)|"
        r"(?:said|says|admitted|told\s+me)\b[^.!?]{0,20}?that['’]?s\s+on\s+me|admitted\s+(?:it\s+was\s+)?(?:(?:her|his|their)\s+(?:mistake|fault|error)|"
        r"fault)|real\s+(?:about|with)\s+(?:it|me)|"
        r"tell\s+me\s+the\s+truth|(?:straight|flat)\s+out(?=\s+(?:that|she|he|they|it|I)\b)|"
        r"refused\s+to\s+(?:go|take|make|put|do)\s+(?:\w+\s+){0,3}?(?:as\s+low|lower|that\s+low|darker|"
        r"as\s+dark))\b",
        # "kept it a hunnid", "held his hands up", "recommended the cheapest option"
        r"\b(?P<k>kept\s+it\s+(?:a\s+)?(?:100|hunnid|hundred|real)|held\s+(?:his|her|their)\s+hands?\s+up|"
        r"recommended\s+the\s+(?:cheap(?:er|est)|smaller|smallest|basic)\s+(?:option|package|plan))\b",
        # "didn't promise miracles", "apologised for the tint", "refused to work over"
        r"\b(?P<k>(?:did(?:n['’]?t|\s+not)|never|would(?:n['’]?t|\s+not)|could(?:n['’]?t|\s+not))\s+promise\s+"
        r"(?:miracles|anything|the\s+world|perfection)|apologi[sz]ed\s+for\s+(?:the|my|his|her|their)\s+"
        r"(?:\w+\s+)?(?:tint|colou?r|mistake|error|result|work|problem|hairline|patch)|"
        r"refused\s+to\s+(?:work|tattoo|treat|go\s+ahead|start|needle)\s+(?:over|near|until|while))\b",
    ],
}

EASE_NEG_PATTERNS: dict[str, list[str]] = {
    "rushed": [
        r"\b(?P<k>rush(?:ed|ing)?|hurr(?:ied|ying|y))\b(?!\s+hour)",
        r"\b(?P<k>in\s+and\s+out|conveyor[- ]belt|clock[- ]watch\w*|watching\s+the\s+clock|"
        r"like\s+a\s+number|sausage\s+factory|cut\s+(?:it|the\s+session|"
        r"the\s+consultation)\s+short|"
        r"somewhere\s+(?:better|else)\s+to\s+be|"
        r"couldn[’']?t\s+wait\s+to\s+get\s+(?:rid\s+of\s+)?me|"
        r"production[- ]line|assembly[- ]line|cattle\s+market|on\s+a\s+(?:timer|clock|stopwatch)|"
        r"against\s+the\s+clock|(?:glanc|look|check|eye)(?:ed|ing|s)?\s+(?:at\s+)?(?:the|his|her|"
        r"their)\s+(?:clock|watch|phone|door|time)|"
        r"(?:felt|feel|feeling)\s+(?:like\s+)?(?:I\s+was\s+|I['’]m\s+)?(?:just\s+)?(?:being\s+)?"
        r"(?:processed|herded|churned\s+through)|like\s+cattle|herded\s+(?:\w+\s+)?(?:through|in|"
        r"out)|churned\s+(?:out|through)|"
        r"(?:two|2|three|3|four|4|five|5|six|6|seven|7|eight|8|ten|10|fifteen|15|twenty|20)\s+"
        r"min(?:ute)?s?,?\s+(?:tops|max|maybe|if\s+that)|"
        r"(?:two|2|three|3|five|5|ten|10|fifteen|15|twenty|20)\s+min(?:ute)?s?\s+at\s+(?:the\s+)?most|"
        r"(?:wanted|want|trying|tried)\s+(?:to\s+get\s+)?"
        r"me\s+out\s+(?:of\s+)?(?:the\s+door|of\s+there|asap|quickly|fast))\b",
        r"\b(?:consult\w*|chat|appointment|meeting)\b[^.!?]{0,20}?(?P<k>(?:lasted|took|"
        r"was\s+over\s+in|"
        r"over\s+in)\s+(?:about\s+|barely\s+|maybe\s+|under\s+|less\s+than\s+|all\s+of\s+)?"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|[2-9]|1[0-5])\s+min)",
        r"\b(?P<k>(?:over|done|finished|lasted)\s+in\s+(?:about\s+|barely\s+|under\s+|"
        r"less\s+than\s+)?"
        r"(?:two|2|three|3|five|5|ten|10)\s+min|"
        r"(?:five|5|ten|10|fifteen|15|twenty|20)[- ]min(?:ute)?\s+(?:consult|consultation|chat))",
        # "typing on his phone", "at a gallop", "the whole head in 90 mins", "a speed date"
        r"\b(?P<k>(?:typing|texting|scrolling)\s+on\s+(?:his|her|their)\s+phone|at\s+a\s+gallop|"
        r"(?:whole|entire|full)\s+(?:head|scalp)\s+in\s+(?:like\s+|about\s+|under\s+)?"
        r"(?:\d+|an?)\s+(?:mins?|minutes|hour)|speed[- ]dat\w*|"
        r"(?:service|session|consult\w*|appointment)\s+was\s+(?:\w+,?\s+)?too\s+fast)\b",
    ],
    "pushy": [
        r"\b(?P<k>push\s+(?:me|us)\s+(?:into|towards|to)|push(?:y|ed|ing|iness))\b(?!\s+(?:(?:a|the|my|our)\s+(?:session|appointment|date|booking)\s+back|back|"
        r"through|the\s+(?:ink|pigment|needle)|"
        r"(?:ink|pigment)))",
        r"\b(?P<k>up-?\s?s(?:ell|elling|old|ells)|hard[- ]sell|pressur(?:e|ed|ing|ised|ized)|"
        r"over-?s(?:ell|old|elling)|guilt[- ]?trip\w*|(?:bullied|guilted|talked)\s+me\s+into|"
        r"nudg(?:ed|ing)\s+me|(?:being\s+)?sold\s+to|kept\s+steering\s+me|"
        r"steer(?:ed|ing)\s+me\s+towards\s+(?:a\s+|the\s+|their\s+)?(?:paid|premium|expensive|pricier|"
        r"bigger|vip|upgrade|package)|"
        r"selling\s+to\s+me|"
        r"kept\s+(?:suggesting|mentioning|bringing\s+up)\s+(?:the\s+)?(?:premium|expensive|bigger|"
        r"extra|vip|platinum|gold)|"
        r"(?:kept|keep|keeps|kept\s+on)\s+(?:going|banging|harping)\s+on\s+about|"
        r"(?:kept|keep|keeps)\s+(?:mentioning|bringing\s+up|pushing|plugging|pitching|"
        r"suggesting)\s+(?:the\s+|their\s+|a\s+)?(?:\w+\s+)?(?:finance|payment\s+plans?|deals?|"
        r"offers?|discounts?|packages?|add-?ons?|extras|upgrades?|deposits?|products?)|"
        r"today[- ]only|limited[- ]time\s+(?:offer|deal|discount|price)|"
        rf"(?:if|unless)\s+I\s+(?:did{NT}\s+)?(?:book|pay|sign|commit)\w*\s+(?:up\s+)?(?:now|today|"
        r"right\s+away|straight\s+away|there\s+and\s+then|on\s+the\s+day)|"
        # a threat in what they said: "kept telling me the price would go up if I didn't book"
        r"(?:telling|told|saying|said|warning|warned)\s+(?:me\s+)?(?:that\s+)?[^.!?;]{0,60}?"
        rf"\b(?:if\s+I\s+(?:did{NT}|don[’']?t|do\s+not)|unless\s+I)\s+(?:book|pay|sign|commit|"
        r"put\s+down)\w*|"
        r"(?:wanted|asked\s+for|asking\s+for|demanded|grabbed|pushing\s+for)\s+(?:a\s+|the\s+|my\s+)?"
        r"(?:deposit|money|payment|card\s+details)\s+(?:before\s+I|straight\s+away|immediately|"
        r"right\s+away|the\s+minute|as\s+soon\s+as))\b",
        r"\b(?P<k>(?:pay|book|sign|commit|deposit)\w*\s+(?:a\s+deposit\s+|"
        r"up\s+)?(?:on\s+the\s+spot|"
        r"there\s+and\s+then|right\s+there|that\s+same\s+day))\b",
        r"\b(?P<k>sales(?:y|man|men|person|\s+pitch|\s+tactics|\s+patter)|used[- ]car|"
        r"tr(?:y|ied|ying)\s+(?:to|and)\s+(?:sell|get\s+me\s+to\s+(?:buy|book|pay|sign|upgrade|"
        r"add)))\b",
        # "flog me the premium plan", "I say no and they continue"
        r"\b(?P<k>flog(?:ged|ging|s)?\s+me|(?:asking|asked|kept\s+asking|telling)\s+me\s+to\s+buy|"
        r"(?:always|constantly|kept|keep)\s+selling\s+me|selling\s+me\s+more|"
        r"(?:say|said)\s+no\s+(?:and|but)\s+(?:they|he|she)\s+(?:continue|kept|keep|carried\s+on|"
        r"continued)|discount['’\"]?\s+(?:expired|ended|ran\s+out)\s+(?:at\s+\d\w*|that|the\s+same|when|as\s+soon)|"
        r"(?:offer|deal|discount|price)\s+(?:expir(?:es|ed|ing)|ends?|ended)\s+(?:today|tonight|at\s+\d))\b",
        # "your man was at me the whole time to sign up"
        r"\b(?P<k>at\s+me\s+(?:the\s+whole\s+time\s+|constantly\s+|non-?stop\s+)?to\s+(?:sign\s+up|buy|book|"
        r"upgrade|pay))\b",
        # "pay everything before", "the promotion finishes when I walk out", "being sold"
        r"\b(?P<k>(?:pay|deposit)\s+(?:everything|in\s+full|upfront|up\s+front)\s+before|"
        r"(?:promotion|offer|deal|discount|price)\s+(?:finishes|ends|expires|goes)\s+(?:when|once|"
        r"as\s+soon\s+as)\s+I|being\s+sold\s+(?:\w+\s+){0,3}?(?:sessions|packages?|plans?|upgrades?)|"
        r"before\s+I\s+(?:left|leave|walked\s+out)\s+the\s+(?:room|building|studio|clinic)|"
        r"lectured\s+(?:\w+\s+){0,4}?about\s+(?:an?\s+|the\s+)?[\x22'‘“]?(?:premium|vip|upgrade|"
        r"package|platinum|gold))\b",
    ],
    "dismissive": [
        r"\b(?P<k>dismiss(?:ive|ed|ing)?|condescending|patroni[sz](?:ing|ed)|belittl\w*|"
        r"talked\s+down\s+to|talked\s+over\s+me|interrupt(?:ed|ing)\s+me|cut\s+me\s+off|"
        r"shrug(?:ged|s)?|annoyed|irritated|impatient|exasperated)\b",
        r"\b(?P<k>(?:said|told\s+me|implied|"
        r"suggested)\s+(?:that\s+)?I\s+was\s+(?:being\s+)?(?:fussy|"
        r"picky|paranoid|dramatic|silly|overreacting|imagining|precious|difficult|vain|"
        r"ungrateful))\b",
        r"\b(?P<k>laughed\s+(?:at\s+(?:me|my|the\s+idea)|when\s+I|in\s+my\s+face)|sniggered|"
        r"smirked|scoffed|"
        rf"(?:won[’']?t|will\s+not|would{NT}|refused\s+to|refuse\s+to|never)\s+(?:even\s+)?(?:admit|"
        r"acknowledge|"
        r"own\s+up\s+to)|"
        rf"(?:would{NT}|won[’']?t|will\s+not|refused\s+to)\s+(?:hear|listen\s+to)\s+"
        r"(?:otherwise|anything|"
        r"any\s+\w+|a\s+word)|"
        r"(?:like|as\s+if|as\s+though)\s+I\s+was\s+(?:a|an)\s+(?:\w+\s+)?(?:pain|nuisance|burden|"
        r"inconvenience|bother|pest|annoyance|idiot|child|moron)|"
        r"(?:put|puts|putting)\s+it\s+(?:all\s+)?down\s+to\s+my|blam(?:ed|ing|es)\s+(?:it\s+)?on\s+my|"
        r"(?:just|kept|keep|only)\s+(?:said|saying|told\s+me|telling\s+me|repeat(?:ed|ing))\s+"
        r"(?:that\s+)?[\x22'‘“]?(?:that['’]?s\s+(?:what\s+happens|how\s+it\s+(?:is|goes)|normal|"
        r"life)|it['’]?ll\s+(?:be\s+fine|settle|sort\s+itself\s+out)|it['’]?s\s+(?:fine|just)|"
        r"not\s+to\s+worry|don['’]?t\s+worry))\b",
        r"\b(?P<k>(?:brush(?:ed|ing)?|fob(?:bed)?|wav(?:ed|ing)|shrugged|laughed)\s+(?:me\s+|"
        r"my\s+\w+\s+"
        r"|it\s+|them\s+|those\s+|these\s+)?(?:off|aside|away))\b",
        rf"\b(?P<k>(?:did{NT}|would{NT}|never)\s+(?:seem\s+to\s+|really\s+|even\s+)?(?:listen|"
        r"take\s+(?:me|my\s+\w+(?:\s+\w+)?)\s+seriously|care))\b",
        r"\b(?P<k>ignored\s+(?:my\s+(?:concerns?|worries|requests?|wishes|photos)|me|what\s+I))\b",
        r"\b(?P<k>ma(?:de|ke|king)\s+me\s+feel\s+(?:like\s+)?(?:an?\s+)?(?:stupid|silly|dumb|daft|"
        r"thick|foolish|"
        r"idiot|small|nuisance|burden|pest|bother|pain)|(?:said|told|reckoned|insisted|claimed)\b[^.!?;]{0,30}?"
        r"\b(?:all|just)\s+in\s+my\s+head|made\s+me\s+feel\s+(?:like\s+)?(?:I\s+was\s+)?"
        r"(?:bothering|annoying|wasting|an?\s+inconvenience)|(?:wouldn[’']?t|didn[’']?t|"
        r"refused\s+to|"
        r"won[’']?t)\s+(?:even\s+)?(?:look\s+at|check|see)\s+(?:it|me)|waste\s+of\s+(?:his|her|"
        r"their)\s+time|(?:spoke|talked|treated)\s+(?:to\s+)?me\s+like\s+(?:I\s+was\s+)?"
        r"(?:an?\s+)?(?:idiot|child|kid|moron|fool)|(?:said|told\s+me)\s+[\x22'‘“]?(?:not\s+to|"
        r"don[’']?t)\s+"
        r"worry\s+about\s+it|just\s+(?:told\s+me|said)\s+(?:it\s+was|it[’']?s|it\s+is)\s+(?:normal|"
        r"fine|nothing)|(?:said|told\s+me|claimed|blamed)\s+(?:it\s+was\s+)?(?:on\s+)?my\s+"
        r"(?:aftercare|fault|skin)|told\s+me\s+"
        r"(?:I\s+was|it\s+was)\s+(?:overreacting|imagining|being\s+(?:paranoid|silly|dramatic))|"
        r"not\s+interested\s+in\s+(?:my|what))\b",
        # "laughed and told me I think too much", "just the lighting"
        r"\b(?:(?<=he\s)|(?<=she\s)|(?<=they\s)|(?<=artist\s)|(?<=owner\s)|(?<=guy\s))"
        r"(?P<k>laugh(?:ed|s)?\s+and\s+(?:tell|told|say|said))\b",
        r"\b(?P<k>"
        r"(?:(?:he|she|they)\s+(?:said|says|claimed|insisted|reckoned)|line\s+is|told\s+me|back)\b"
        r"[^.!?;]{0,20}?"
        r"(?:it['’]?s|it\s+is|it\s+was|that['’]?s)\s+['\"‘“]?just\s+(?:the\s+)?(?:lighting|light|healing|"
        r"my\s+skin|normal)|"
        r"just\s+(?:said|told\s+me)\s+(?:that\s+)?I\s+should\s+(?:just\s+)?(?:use|wear|buy|try|wait|"
        r"moisturi[sz]e|put)|made\s+to\s+feel\s+(?:like\s+)?(?:an?\s+)?(?:nuisance|burden|pest|bother|"
        r"idiot|pain)|still\s+(?:they|he|she)\s+(?:did|went\s+ahead|carried\s+on))\b",
        r"\b(?P<k>that(?<=[\x22'‘“]that)['’]?s\s+just\s+(?:the\s+)?(?:healing|lighting|light))\b",
        # "told me to harden up", "she say 'this is normal'"
        r"\b(?P<k>told\s+me\s+to\s+[\x22'‘“]?(?:harden|man|toughen|grow)\s+up|"
        r"(?:say|says)\s+[\x22'‘“]?(?:this|it|that)\s+is\s+normal)\b",
        # "told him to stop being a baby", "said I should have been more specific"
        r"\b(?P<k>told\s+(?:me|him|her|us)\s+to\s+stop\s+(?:being|moaning|whining|complaining|googling|"
        r"worrying)|said\s+I\s+should\s+have\s+(?:been|asked|said|known)|not\s+my\s+problem|"
        r"waved\s+(?:a|his|her)\s+hand)\b",
    ],
    "unanswered": [
        r"\b(?P<k>unanswered|evasive|cagey|wishy[- ]washy|ghosted)\b",
        r"\b(?P<k>vague|non-?answers?|non-?committal)\b",
        r"\b(?P<k>chang(?:e|ed|es|ing)\s+the\s+subject|left\s+(?:me\s+)?guessing|"
        r"left\s+to\s+(?:figure|work)\s+(?:it|things|everything)\s+out|"
        r"not\s+(?:a\s+single|one|even\s+a|so\s+much\s+as\s+a)\s+(?:reply|response|answer|"
        r"call\s?back|word\s+back)|"
        r"(?:not\s+a\s+(?:word|peep|single\s+word)|no\s+(?:info|information|"
        r"instructions|guidance|advice))\s+(?:about|on|regarding|re)\s+(?:the\s+)?(?:aftercare|"
        r"healing|pigments?|risks|depth|process|touch-?ups|prices?|costs?|what\s+to\s+expect)|"
        r"(?:nobody|no\s+one|no-one|never)\s+(?:ever\s+)?(?:called|rang|phoned|got|wrote|emailed|"
        rf"messaged)\s+(?:me\s+)?back|(?:did{NT}|never)\s+(?:\w+\s+)?(?:call|ring|phone|text|"
        r"email|message)\s+(?:me\s+)?back|"
        rf"(?:did{NT}\s+have|had\s+no|had|has)\s+(?:a\s+|no\s+)?(?:clue|idea)\s+when\s+I\s+"
        r"asked)\b",
        r"\b(?P<k>(?:dodg|avoid|sidestepp?|deflect)(?:ed|ing|s|e)?\s+(?:\w+\s+){0,3}?"
        r"(?:questions?|queries|the\s+question))\b",
        rf"\b(?P<k>(?:never|did{NT}|would{NT}|could{NT}|refused\s+to)"
        r"\s+(?:really\s+|even\s+|properly\s+)?(?:reply|replied|respond|responded|get\s+back|"
        r"got\s+back|tell\s+me|say\s+why))\b",
        r"\b(?P<k>(?:never|didn[’']?t|did\s+not|won[’']?t)\s+(?:bother\s+to\s+)?(?:return(?:ed)?|"
        r"answer(?:ed)?)\s+(?:my|any)\s+(?:calls?|emails?|messages?|texts?|voicemails?))\b",
        r"\b(?P<k>(?:never|didn[’']?t|did\s+not)\s+(?:get|got|receive|received|had)\s+(?:a\s+|"
        r"any\s+)?"
        r"(?:reply|response|answer|call\s?back)|changed\s+the\s+subject|more\s+questions\s+than\s+"
        r"answers|(?:nobody|no\s+one|never)\s+(?:ever\s+)?(?:picks?|picked|answers?|"
        r"answered)\s+(?:up|"
        r"the\s+phone)|still\s+waiting\s+(?:for|on)\s+(?:(?:a|any|the|that|my)\s+)?(?:\w+\s+)?"
        r"(?:reply|response|answer|call\s?-?back|them|him|her))\b",
        r"\b(?P<k>no\s+(?:(?:straight|clear|proper|real|direct)\s+)?(?:reply|response|answers?|"
        r"explanation|call\s?back)|"
        r"left\s+(?:me\s+)?in\s+the\s+"
        r"dark|ignored\s+my\s+(?:emails?|messages?|calls?|texts?|dms?|questions?)|never\s+heard\s+"
        r"(?:anything\s+)?back)\b",
        # "they went dark on me", "left on read", "Emailed twice. Nothing."
        r"\b(?P<k>went\s+(?:dark|quiet|silent|awol|mia|missing)\s+on\s+(?:me|us)|radio\s+silence|"
        r"left\s+(?:me\s+)?on\s+read|(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|ever\s+)?"
        r"(?:answer(?:ed|s)?|repl(?:y|ied|ies)|respond(?:ed|s)?|got\s+back|call(?:ed)?\s+back)\s+"
        r"(?:me|us|my)?)",
        r"\b(?:called|rang|emailed|texted|messaged|dm['’]?d|wrote|phoned)\b[^.!?]{0,60}[.!]\s+"
        r"(?P<k>nothing|silence|crickets|no\s+reply)\b",
        # "zero aftercare info", "found out from YouTube what I was supposed to do"
        r"\b(?P<k>(?:zero|no)\s+aftercare\s+(?:info|information|advice|instructions|guidance)|"
        r"found\s+out\s+(?:from|on)\s+(?:youtube|google|reddit|the\s+internet)\s+(?:what\s+I\s+"
        r"(?:was|were)\s+(?:supposed|meant)|what\s+to\s+do|how\s+to))\b",
        # "told me nothing about it", "blocked my number"
        r"\b(?P<k>told\s+me\s+nothing|blocked\s+my\s+(?:number|email|account|calls?)|"
        r"did\s+not\s+answer\s+(?:nothing|anything|me))\b",
    ],
    "rude": [
        r"\b(?P<k>rude(?:ly|ness|st|r)?|arrogant|obnoxious|disrespectful|snarky|snotty|sarcastic(?!\s+(?:clap|applause|round|thanks|cheers))|"
        r"hostile|"
        r"unfriendly|abrupt|curt|grumpy|stroppy|snapp(?:ed|y)|short\s+with\s+(?:me|us)|"
        r"(?:shouted|yelled|swore)\s+at|(?:bad|poor|terrible|awful|stinking)\s+attitude|"
        r"insulting|offensive|defensive|argumentative|confrontational|"
        r"raised\s+(?:his|her|their)\s+voice|lost\s+(?:his|her|their)\s+temper|"
        r"(?:sharp|snippy|shirty|snappy|frosty|offhand|off-hand|arsey|funny|off)\s+with\s+(?:me|us)|"
        r"rolled\s+(?:his|her|their)\s+eyes|hung\s+up\s+on\s+(?:me|us)|slammed\s+the\s+(?:door|"
        r"phone))\b",
        # a person, not a scalp, "got angry"
        r"\b(?:(?<=he\s)|(?<=she\s)|(?<=they\s)|(?<=artist\s)|(?<=owner\s)|(?<=guy\s)|"
        r"(?<=receptionist\s)|(?<=technician\s)|(?<=manager\s))(?P<k>(?:got|became|turned)\s+"
        r"(?:really\s+|quite\s+|very\s+|a\s+bit\s+)?(?:angry|aggressive|shirty|narky|arsey|"
        r"stroppy))\b",
        # "put the phone down", threatening a reviewer with a solicitor
        r"\b(?P<k>put\s+the\s+phone\s+down(?:\s+on\s+(?:me|us))?|(?:passing|pass|send|sending|"
        r"refer\w*)\s+(?:my|the)\s+review\s+to\s+(?:a|their|his|her)\s+(?:solicitor|lawyer))\b",
    ],
}

SIGNAL_PATTERNS: dict[str, list[str]] = {
    "free-consultation": [
        r"\b(?P<k>(?:free|complimentary|no[- ]obligation|no[- ]cost|free\s+of\s+charge)\s+"
        r"(?:initial\s+|no[- ]obligation\s+|in-person\s+|online\s+|virtual\s+|video\s+)?"
        r"(?:consultations?|consults?))\b",
        r"\b(?P<k>consultations?\s+(?:is|are)\s+(?:always\s+)?(?:free|complimentary))\b",
    ],
    "clear-pricing": [
        r"(?P<k>[£$€]\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*\s?(?:usd|gbp|eur|dollars|pounds)\b)",
        r"\b(?P<k>price\s+list|transparent\s+pricing|fixed\s+prices?|all-?inclusive\s+price|"
        r"no\s+hidden\s+(?:costs?|fees?|charges?)|prices?\s+(?:start|from)|pricing\s+(?:from|"
        r"starts))\b",
    ],
    "portfolio": [
        r"\b(?P<k>portfolio|before\s*(?:and|&|/)\s*after|gallery|healed\s+(?:results|work|photos)|"
        r"case\s+stud(?:y|ies)|our\s+(?:own\s+)?(?:work|results))\b",
    ],
    "aftercare": [
        r"\b(?P<k>after-?\s?care|post[- ]treatment\s+care|care\s+instructions|healing\s+guide)\b",
    ],
    "touch-up-policy": [
        r"\b(?P<k>touch[- ]?ups?|top[- ]?ups?|guarantee[ds]?|warranty|refunds?|satisfaction\s+"
        r"guaranteed)\b",
    ],
    "hygiene": [
        r"\b(?P<k>single[- ]use|steril(?:e|i[sz]ed|i[sz]ation)|disposable\s+(?:needles|cartridges|"
        r"gloves)|hygien(?:e|ic)|autoclave|infection\s+control|medical[- ]grade|"
        r"licensed\s+premises)\b",
    ],
}


def compile_all(patterns: dict[str, list[str]]) -> dict[str, list[re.Pattern[str]]]:
    """Compile each label's patterns, case-insensitively."""
    return {label: [re.compile(p, _FLAGS) for p in pats] for label, pats in patterns.items()}


def compile_one(pattern: str) -> re.Pattern[str]:
    """Compile one pattern, case-insensitively."""
    return re.compile(pattern, _FLAGS)
