function onLoad(context) {
  "use strict";
}
