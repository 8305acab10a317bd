/* parser.cc: recursive descent over the grammar of kindler(5). Each function
** carries the production it parses. Two forms build the same tree:
**   target "NAME" { ... }   and   targets { NAME { ... } }
** and in general  key "NAME" { ... }  is  key { NAME { ... } }. */
#include "parser.h"

#include <cstdio>
#include <cstdlib>

#include "fs.h"
#include "lexer.h"

namespace {

class Parser {
 public:
  Parser(const std::string& text, Document* doc)
      : lexer_(text), doc_(doc) {}

  bool ParseFile(SyntaxError* err);

 private:
  bool Advance(SyntaxError* err) { return lexer_.Next(&tok_, err); }
  bool Expected(const std::string& what, SyntaxError* err);
  bool ParseStatement(Node* obj, bool top, SyntaxError* err);
  bool ParseObject(Node* obj, bool top_targets, SyntaxError* err);
  bool ParseArray(Node* arr, SyntaxError* err);
  bool ParseValue(Node** out, SyntaxError* err);
  bool Enter(Place at, SyntaxError* err);
  bool AddMember(Node* obj, const std::string& key, Place key_place,
                 Node* value, bool top_targets, SyntaxError* err);
  bool OpenBlock(Node* obj, const std::string& key, Place key_place,
                 bool top, Node** block, SyntaxError* err);

  Lexer lexer_;
  Document* doc_;
  Token tok_;
  std::vector<Place> open_;  /* where each enclosing '{' or '[' stands */
};

std::string Quote(const std::string& s) { return "'" + s + "'"; }

std::string PlaceText(Place p) {
  char buf[48];
  std::sprintf(buf, "%d:%d", p.line, p.col);
  return buf;
}

bool Parser::Expected(const std::string& what, SyntaxError* err) {
  err->place = tok_.place;
  if (tok_.kind == TOK_EOF && !open_.empty()) {
    err->code = "KIN-112";
    err->place = open_.back();
    err->message = "block opened here is not closed (the file ends where " +
                   what + " was expected)";
  } else if (tok_.kind == TOK_EOF) {
    err->code = "KIN-110";
    err->message = "file ends where " + what + " was expected";
  } else {
    err->code = "KIN-110";
    err->message = "expected " + what + ", found " +
                   Lexer::KindName(tok_.kind);
    if (tok_.kind == TOK_BAREWORD || tok_.kind == TOK_BOOLEAN)
      err->message += " " + Quote(tok_.text);
  }
  err->remedy = "";
  return false;
}

bool Parser::Enter(Place at, SyntaxError* err) {
  open_.push_back(at);
  if (open_.size() <= static_cast<size_t>(kMaxNesting)) return true;
  err->code = "KIN-116";
  err->place = at;
  err->message = "blocks and lists nest deeper than 100 levels";
  err->remedy = "";
  return false;
}

/* Adds key = value to obj; a key given twice is an error (KIN-104 for the
** names of targets, KIN-105 otherwise). */
bool Parser::AddMember(Node* obj, const std::string& key, Place key_place,
                       Node* value, bool top_targets, SyntaxError* err) {
  for (size_t i = 0; i < obj->keys.size(); ++i) {
    if (obj->keys[i] != key) continue;
    err->code = top_targets ? "KIN-104" : "KIN-105";
    err->place = key_place;
    err->message = (top_targets ? "duplicate target " : "duplicate key ") +
                   Quote(key) + " (first given at " +
                   PlaceText(obj->key_places[i]) + ")";
    err->remedy = "";
    return false;
  }
  obj->keys.push_back(key);
  obj->key_places.push_back(key_place);
  obj->items.push_back(value);
  return true;
}

/* Finds or makes the object a block statement `key { ... }` fills. Blocks
** that name their entries (`target "a" {}`) and the top-level targets map
** may be given more than once; their entries accumulate. */
bool Parser::OpenBlock(Node* obj, const std::string& key, Place key_place,
                       bool mergeable, Node** block, SyntaxError* err) {
  Node* existing = obj->Find(key);
  if (existing && existing->kind == Node::OBJECT && existing->mergeable &&
      mergeable) {
    *block = existing;
    return true;
  }
  *block = doc_->NewNode(Node::OBJECT, key_place);
  (*block)->mergeable = mergeable;
  return AddMember(obj, key, key_place, *block, false, err);
}

/* statement -> key ( '=' | ':' ) value [ ';' | ',' ]
**            | key [ string ] object [ ';' ] */
bool Parser::ParseStatement(Node* obj, bool top, SyntaxError* err) {
  std::string key = tok_.text;
  Place key_place = tok_.place;
  if (!Advance(err)) return false;
  std::string written = key;
  bool top_targets = top && (key == "targets" || key == "target");
  bool assigned = tok_.kind == TOK_ASSIGN;
  if (assigned) {
    if (!Advance(err)) return false;
    /* targets = { NAME = { ... } } is the block form: its entries are
    ** targets too, and it merges with target "NAME" { ... }. */
    if (!top_targets || tok_.kind != TOK_LBRACE) {
      Node* value;
      if (!ParseValue(&value, err)) return false;
      if (!AddMember(obj, key, key_place, value, false, err)) return false;
      if (tok_.kind == TOK_SEMICOLON || tok_.kind == TOK_COMMA)
        return Advance(err);
      return true;
    }
  }
  if (top_targets) key = "targets";
  if (tok_.kind == TOK_STRING && !assigned) {
    /* key "NAME" { ... }: an entry named NAME in the object key. */
    std::string name = tok_.text;
    Place name_place = tok_.place;
    if (!Advance(err)) return false;
    if (tok_.kind != TOK_LBRACE) return Expected("'{' after the block name", err);
    Node* block;
    if (!OpenBlock(obj, key, key_place, true, &block, err)) return false;
    Node* entry = doc_->NewNode(Node::OBJECT, tok_.place);
    if (!AddMember(block, name, name_place, entry, top_targets, err))
      return false;
    if (!ParseObject(entry, false, err)) return false;
  } else if (tok_.kind == TOK_LBRACE) {
    Node* block;
    if (!OpenBlock(obj, key, key_place, top_targets, &block, err)) return false;
    if (!ParseObject(block, top_targets, err)) return false;
  } else {
    return Expected("'=', '{' or a block name after " + Quote(written), err);
  }
  if (tok_.kind == TOK_SEMICOLON || (assigned && tok_.kind == TOK_COMMA))
    return Advance(err);
  return true;
}

/* object -> '{' { statement } '}' */
bool Parser::ParseObject(Node* obj, bool top_targets, SyntaxError* err) {
  Place open = tok_.place;
  if (!Enter(open, err) || !Advance(err)) return false;
  while (tok_.kind == TOK_BAREWORD || tok_.kind == TOK_STRING) {
    if (top_targets) {
      /* targets { NAME { ... } }: each entry is a target. */
      std::string name = tok_.text;
      Place name_place = tok_.place;
      if (!Advance(err)) return false;
      if (tok_.kind == TOK_ASSIGN && !Advance(err)) return false;
      if (tok_.kind != TOK_LBRACE) return Expected("'{' to open a target", err);
      Node* entry = doc_->NewNode(Node::OBJECT, tok_.place);
      if (!AddMember(obj, name, name_place, entry, true, err)) return false;
      if (!ParseObject(entry, false, err)) return false;
      if (tok_.kind == TOK_SEMICOLON && !Advance(err)) return false;
    } else if (!ParseStatement(obj, false, err)) {
      return false;
    }
  }
  if (tok_.kind == TOK_EOF) {
    err->code = "KIN-112";
    err->place = open;
    err->message = "block opened here is not closed";
    err->remedy = "";
    return false;
  }
  if (tok_.kind != TOK_RBRACE) return Expected("a key or '}'", err);
  open_.pop_back();
  return Advance(err);
}

/* array -> '[' [ value { ',' value } [ ',' ] ] ']' */
bool Parser::ParseArray(Node* arr, SyntaxError* err) {
  Place open = tok_.place;
  if (!Enter(open, err) || !Advance(err)) return false;
  while (tok_.kind != TOK_RBRACKET) {
    if (tok_.kind == TOK_EOF) {
      err->code = "KIN-112";
      err->place = open;
      err->message = "list opened here is not closed";
      err->remedy = "";
      return false;
    }
    Node* item;
    if (!ParseValue(&item, err)) return false;
    arr->items.push_back(item);
    if (tok_.kind == TOK_COMMA) {
      if (!Advance(err)) return false;
    } else if (tok_.kind != TOK_RBRACKET && tok_.kind != TOK_EOF) {
      return Expected("',' or ']'", err);
    }
  }
  open_.pop_back();
  return Advance(err);
}

/* value -> string | bareword | integer | boolean | array | object */
bool Parser::ParseValue(Node** out, SyntaxError* err) {
  Node* n;
  switch (tok_.kind) {
    case TOK_STRING:
    case TOK_BAREWORD:
      n = doc_->NewNode(Node::STRING, tok_.place);
      n->text = tok_.text;
      break;
    case TOK_INTEGER:
      n = doc_->NewNode(Node::INTEGER, tok_.place);
      n->text = tok_.text;
      n->number = std::strtod(tok_.text.c_str(), NULL);
      if (n->number == 0) n->number = 0;  /* no negative zero */
      break;
    case TOK_BOOLEAN:
      n = doc_->NewNode(Node::BOOLEAN, tok_.place);
      n->truth = tok_.text == "true" || tok_.text == "yes" || tok_.text == "on";
      break;
    case TOK_LBRACKET:
      n = doc_->NewNode(Node::ARRAY, tok_.place);
      *out = n;
      return ParseArray(n, err);
    case TOK_LBRACE:
      n = doc_->NewNode(Node::OBJECT, tok_.place);
      *out = n;
      return ParseObject(n, false, err);
    default:
      return Expected("a value", err);
  }
  *out = n;
  return Advance(err);
}

/* file -> { statement } */
bool Parser::ParseFile(SyntaxError* err) {
  Place start = {1, 1};
  Node* root = doc_->NewNode(Node::OBJECT, start);
  if (!Advance(err)) return false;
  while (tok_.kind != TOK_EOF) {
    if (tok_.kind != TOK_BAREWORD && tok_.kind != TOK_STRING)
      return Expected("a key", err);
    if (!ParseStatement(root, true, err)) return false;
  }
  doc_->root = root;
  return true;
}

}  // namespace

bool ParseText(const std::string& text, Document* doc, DiagSink* diags) {
  SyntaxError err;
  doc->root = NULL;
  if (CheckText(text, &err)) {
    Parser parser(text, doc);
    if (parser.ParseFile(&err)) return true;
  }
  diags->Report(err.code, doc->path, err.place.line, err.place.col,
                err.message, err.remedy);
  return false;
}

bool ParseFile(Document* doc, DiagSink* diags) {
  std::string text, error;
  if (!ReadFile(doc->path, &text, &error)) {
    diags->Report("KIN-117", doc->path, 0, 0, error, "");
    return false;
  }
  return ParseText(text, doc, diags);
}
