package org.dayone.narrative.web;

import java.io.IOException;

import org.dayone.narrative.Attachment;
import org.dayone.narrative.Attachments;
import org.dayone.people.CurrentUser;
import org.dayone.web.InvalidInputException;
import org.dayone.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploads images to a document and serves them with their own content type, a disposition and nosniff. */
@Controller
class AttachmentController {

	private final Attachments attachments;

	AttachmentController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/documents/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		try {
			Attachment attachment = attachments.attach(id, file.getOriginalFilename() == null ? "image" : file.getOriginalFilename(),
					file.getBytes(), user);
			redirect.addFlashAttribute("attached", attachment.markdown());
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("attachError", e.getMessage());
		}
		return "redirect:/documents/" + id + "#attachments";
	}

	@GetMapping("/documents/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String attachmentId) {
		Attachment attachment = attachments.find(id, attachmentId)
			.orElseThrow(() -> new NotFoundException("Document " + id + " has no attachment " + attachmentId + "."));
		byte[] content = attachments.content(id, attachmentId).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(attachment.originalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400, immutable")
			.body(content);
	}
}
